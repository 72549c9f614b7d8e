package vn.itplan.rollup;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.itplan.report.ReportMeasure;

/**
 * The reported quantities the indicators are computed from, one value per {@link ReportMeasure}, either for one
 * unit (a yes/no answer is 1 or 0) or summed over units by SQL (then a yes/no becomes the number of units answering
 * yes), and the number of approved reports they come from. A missing value means nobody reported the quantity.
 */
public record Measures(BigDecimal reports, Map<ReportMeasure, BigDecimal> values) {

    static final Measures NONE = new Measures(BigDecimal.ZERO, Map.of());

    public Measures {
        EnumMap<ReportMeasure, BigDecimal> copy = new EnumMap<>(ReportMeasure.class);
        values.forEach((measure, value) -> {
            if (value != null) {
                copy.put(measure, value);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** The value of one measure; null when nobody reported it. */
    public BigDecimal get(ReportMeasure measure) {
        return values.get(measure);
    }

    /** Adds two sets of sums (e.g. provincial bodies and districts); null + null stays null. */
    Measures plus(Measures o) {
        Map<ReportMeasure, BigDecimal> sum = new EnumMap<>(ReportMeasure.class);
        for (ReportMeasure measure : ReportMeasure.values()) {
            sum.put(measure, add(get(measure), o.get(measure)));
        }
        return new Measures(add(reports, o.reports), sum);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.add(b);
    }
}
