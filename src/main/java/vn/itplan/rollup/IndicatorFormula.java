package vn.itplan.rollup;

import static vn.itplan.report.ReportMeasure.*;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import vn.itplan.indicator.Aggregation;
import vn.itplan.report.ReportMeasure;

/**
 * How each catalogue indicator is computed from {@link Measures}: a numerator over a denominator, both sums
 * over units, times a display scale (100 for a percentage, 1000 to turn Mbps into kbps). For a count of units
 * the denominator is the number of approved reports, and the figure reads "x/y units".
 */
public enum IndicatorFormula {
    HT01(Aggregation.RATIO, PCS, STAFF, 1),
    HT02(Aggregation.RATIO, STAFF_WITH_PC, STAFF, 100),
    HT03(Aggregation.RATIO, PCS_INTERNET, PCS, 100),
    HT04(Aggregation.COUNT_UNITS, UNITS_WITH_LAN),
    HT05(Aggregation.SUM, SERVERS),
    HT06(Aggregation.RATIO, BANDWIDTH_MBPS, STAFF, 1000),
    HT07(Aggregation.COUNT_UNITS, UNITS_ON_GOV_NETWORK),
    HT08(Aggregation.RATIO, PCS_ANTIVIRUS, PCS, 100),
    HT09(Aggregation.COUNT_UNITS, UNITS_WITH_SECURITY),
    NL01(Aggregation.RATIO, IT_STAFF, STAFF, 100),
    UD01(Aggregation.RATIO, MAILBOXES, STAFF, 100),
    UD02(Aggregation.COUNT_UNITS, UNITS_USING_EMAIL),
    UD03(Aggregation.RATIO, DOCUMENTS_ELECTRONIC, DOCUMENTS, 100),
    UD04(Aggregation.COUNT_UNITS, UNITS_WITH_EOFFICE),
    UD05(Aggregation.COUNT_UNITS, UNITS_INTERCONNECTED),
    DV02(Aggregation.SUM, SERVICES_LEVEL1),
    DV03(Aggregation.SUM, SERVICES_LEVEL2),
    DV04(Aggregation.SUM, SERVICES_LEVEL3),
    DV05(Aggregation.SUM, SERVICES_LEVEL4);

    private final Aggregation aggregation;
    private final ReportMeasure numerator;
    private final ReportMeasure denominator;
    private final int scale;

    /** A sum, or a count of units over the number of approved reports. */
    IndicatorFormula(Aggregation aggregation, ReportMeasure numerator) {
        this(aggregation, numerator, null, 1);
    }

    IndicatorFormula(Aggregation aggregation, ReportMeasure numerator, ReportMeasure denominator, int scale) {
        this.aggregation = aggregation;
        this.numerator = numerator;
        this.denominator = denominator;
        this.scale = scale;
    }

    public static Optional<IndicatorFormula> of(String code) {
        return Arrays.stream(values()).filter(f -> f.name().equals(code)).findFirst();
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    /** A percentage (shown with %), as opposed to a plain ratio or a count. */
    public boolean isPercentage() {
        return scale == 100;
    }

    public BigDecimal numerator(Measures m) {
        return m.get(numerator);
    }

    /** The number of approved reports for a count of units; null for a plain sum. */
    public BigDecimal denominator(Measures m) {
        return switch (aggregation) {
            case COUNT_UNITS -> m.reports();
            case RATIO -> m.get(denominator);
            default -> null;
        };
    }

    /** The measure counted or summed. */
    public ReportMeasure numeratorMeasure() {
        return numerator;
    }

    /** The measure divided by, for a ratio; null otherwise. */
    public ReportMeasure denominatorMeasure() {
        return denominator;
    }

    /** The display scale of a ratio: 100 for a percentage, 1000 for Mbps shown as kbps, else 1. */
    public int scale() {
        return scale;
    }

    /** The figure in its display unit; null when there is nothing to divide by or nothing reported. */
    public BigDecimal value(Measures m) {
        BigDecimal num = numerator(m);
        if (num == null) {
            return null;
        }
        if (aggregation != Aggregation.RATIO) {
            return num;
        }
        BigDecimal den = denominator(m);
        if (den == null || den.signum() == 0) {
            return null;
        }
        return num.multiply(BigDecimal.valueOf(scale)).divide(den, 4, java.math.RoundingMode.HALF_UP);
    }
}
