package vn.itplan.dashboard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.itplan.rollup.KeyIndicators;

/**
 * Weights of the composite IT-application score: {@link KeyIndicators#RANKING_WEIGHTS} unless the property
 * {@code itplan.ranking.weights.<code>=<weight>} sets them (then only the configured indicators count). Each
 * indicator is normalised to 0–1 per unit and weighted.
 */
@ConfigurationProperties("itplan.ranking")
public record RankingProperties(Map<String, BigDecimal> weights) {

    public RankingProperties {
        weights = weights == null || weights.isEmpty() ? KeyIndicators.RANKING_WEIGHTS : new LinkedHashMap<>(weights);
    }
}
