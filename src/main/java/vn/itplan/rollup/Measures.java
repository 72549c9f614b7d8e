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

    // Named readers kept for export/PlanTablesWriter until it reads get(ReportMeasure.X) itself.

    /** @deprecated use {@code get(ReportMeasure.STAFF)} */
    @Deprecated(forRemoval = true)
    public BigDecimal staff() {
        return get(ReportMeasure.STAFF);
    }

    /** @deprecated use {@code get(ReportMeasure.PCS)} */
    @Deprecated(forRemoval = true)
    public BigDecimal pcs() {
        return get(ReportMeasure.PCS);
    }

    /** @deprecated use {@code get(ReportMeasure.PCS_INTERNET)} */
    @Deprecated(forRemoval = true)
    public BigDecimal pcsInternet() {
        return get(ReportMeasure.PCS_INTERNET);
    }

    /** @deprecated use {@code get(ReportMeasure.SERVERS)} */
    @Deprecated(forRemoval = true)
    public BigDecimal servers() {
        return get(ReportMeasure.SERVERS);
    }

    /** @deprecated use {@code get(ReportMeasure.UNITS_WITH_LAN)} */
    @Deprecated(forRemoval = true)
    public BigDecimal unitsWithLan() {
        return get(ReportMeasure.UNITS_WITH_LAN);
    }

    /** @deprecated use {@code get(ReportMeasure.UNITS_USING_EMAIL)} */
    @Deprecated(forRemoval = true)
    public BigDecimal unitsUsingEmail() {
        return get(ReportMeasure.UNITS_USING_EMAIL);
    }

    /** @deprecated use {@code get(ReportMeasure.UNITS_WITH_EOFFICE)} */
    @Deprecated(forRemoval = true)
    public BigDecimal unitsWithEoffice() {
        return get(ReportMeasure.UNITS_WITH_EOFFICE);
    }

    /** @deprecated use {@code get(ReportMeasure.UNITS_INTERCONNECTED)} */
    @Deprecated(forRemoval = true)
    public BigDecimal unitsInterconnected() {
        return get(ReportMeasure.UNITS_INTERCONNECTED);
    }

    /** @deprecated use {@code get(ReportMeasure.UNITS_WITH_SECURITY)} */
    @Deprecated(forRemoval = true)
    public BigDecimal unitsWithSecurity() {
        return get(ReportMeasure.UNITS_WITH_SECURITY);
    }
}
