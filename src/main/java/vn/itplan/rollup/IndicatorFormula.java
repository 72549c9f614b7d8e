package vn.itplan.rollup;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import vn.itplan.indicator.Aggregation;

/**
 * How each catalogue indicator is computed from {@link Measures}: a numerator over a denominator, both sums
 * over units, times a display scale (100 for a percentage, 1000 to turn Mbps into kbps). For a count of units
 * the denominator is the number of approved reports, and the figure reads "x/y units".
 */
public enum IndicatorFormula {
    HT01(Aggregation.RATIO, Measures::pcs, Measures::staff, 1),
    HT02(Aggregation.RATIO, Measures::staffWithPc, Measures::staff, 100),
    HT03(Aggregation.RATIO, Measures::pcsInternet, Measures::pcs, 100),
    HT04(Aggregation.COUNT_UNITS, Measures::unitsWithLan, Measures::reports, 1),
    HT05(Aggregation.SUM, Measures::servers, null, 1),
    HT06(Aggregation.RATIO, Measures::bandwidthMbps, Measures::staff, 1000),
    HT07(Aggregation.COUNT_UNITS, Measures::unitsOnGovNetwork, Measures::reports, 1),
    HT08(Aggregation.RATIO, Measures::pcsAntivirus, Measures::pcs, 100),
    HT09(Aggregation.COUNT_UNITS, Measures::unitsWithSecurity, Measures::reports, 1),
    NL01(Aggregation.RATIO, Measures::itStaff, Measures::staff, 100),
    UD01(Aggregation.RATIO, Measures::mailboxes, Measures::staff, 100),
    UD02(Aggregation.COUNT_UNITS, Measures::unitsUsingEmail, Measures::reports, 1),
    UD03(Aggregation.RATIO, Measures::documentsElectronic, Measures::documents, 100),
    UD04(Aggregation.COUNT_UNITS, Measures::unitsWithEoffice, Measures::reports, 1),
    UD05(Aggregation.COUNT_UNITS, Measures::unitsInterconnected, Measures::reports, 1),
    DV02(Aggregation.SUM, Measures::servicesLevel1, null, 1),
    DV03(Aggregation.SUM, Measures::servicesLevel2, null, 1),
    DV04(Aggregation.SUM, Measures::servicesLevel3, null, 1),
    DV05(Aggregation.SUM, Measures::servicesLevel4, null, 1);

    private final Aggregation aggregation;
    private final Function<Measures, BigDecimal> numerator;
    private final Function<Measures, BigDecimal> denominator;
    private final int scale;

    IndicatorFormula(Aggregation aggregation, Function<Measures, BigDecimal> numerator,
                     Function<Measures, BigDecimal> denominator, int scale) {
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
        return numerator.apply(m);
    }

    /** Null for a plain sum. */
    public BigDecimal denominator(Measures m) {
        return denominator == null ? null : denominator.apply(m);
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
