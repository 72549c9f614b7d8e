package vn.itplan.dashboard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Weights of the composite IT-application score (itplan.ranking.weights.HT01=0.15, ...), in the spirit of the
 * ministry's ranking of provinces: each indicator is normalised to 0–1 per unit and weighted.
 */
@ConfigurationProperties("itplan.ranking")
public record RankingProperties(Map<String, BigDecimal> weights) {

    public RankingProperties {
        weights = weights == null ? Map.of() : new LinkedHashMap<>(weights);
    }
}
