package vn.itplan.rollup;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which indicators each page puts forward, in one place: the dashboard's headline cards, its comparison of
 * provincial bodies and districts, its trend over the years, the plan page's figures panel, the unit profile's
 * chart, and the weights of the units' composite score. Pages and scripts read the codes from here (through the
 * data they are given), never from a list of their own. Listed in {@code src/docs/indicators.md}.
 */
public final class KeyIndicators {

    /** The dashboard's headline cards, in order. */
    public static final List<String> HEADLINE = List.of("UD04", "UD02", "HT01", "HT03", "HT09");
    /** Compared between provincial bodies and districts on the dashboard. */
    public static final List<String> ADOPTION = List.of("HT04", "HT09", "UD02", "UD04", "UD05");
    /** Followed over the years on the dashboard (as a share of units). */
    public static final List<String> TREND = List.of("UD04", "UD02", "UD05", "HT09");
    /** The cards of the plan page's figures panel (shown in catalogue order). */
    public static final List<String> PLAN_PANEL =
            List.of("UD04", "UD02", "UD05", "HT04", "HT09", "HT01", "HT03", "UD03");
    /** Charted over the years on a unit's profile. */
    public static final List<String> UNIT_PROFILE = List.of("HT01", "HT03", "HT08", "UD01", "UD03");
    /** Shown as yes/no per report on a unit's profile (counts of units: 1 or 0 for one unit). */
    public static final List<String> UNIT_PROFILE_YES_NO = List.of("UD04", "UD02");

    /**
     * The weights of the units' composite IT-application score (dashboard ranking), indicator code to weight. The
     * property {@code itplan.ranking.weights.<code>} may replace them.
     */
    public static final Map<String, BigDecimal> RANKING_WEIGHTS = weights(
            "HT01", "0.15", "HT03", "0.10", "HT09", "0.15", "UD02", "0.20", "UD03", "0.10", "UD04", "0.20", "UD05",
            "0.10");

    private KeyIndicators() {}

    private static Map<String, BigDecimal> weights(String... pairs) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            weights.put(pairs[k], new BigDecimal(pairs[k + 1]));
        }
        return Collections.unmodifiableMap(weights);
    }
}
