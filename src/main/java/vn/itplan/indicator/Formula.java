package vn.itplan.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An indicator's formula as a value (stored in {@link IndicatorDefinition}): for each unit a numerator (and a
 * denominator for a ratio), summed over units by SQL in the roll-up; the figure is then
 * <ul>
 *   <li>SUM: Σ numerator × scale;</li>
 *   <li>RATIO: Σ numerator × scale ÷ Σ denominator;</li>
 *   <li>COUNT_UNITS: the number of units whose numerator meets the condition, over the approved reports;</li>
 *   <li>AVERAGE: Σ numerator × scale ÷ the number of units that reported it.</li>
 * </ul>
 */
public record Formula(
        Aggregation aggregation,
        MeasureRef numerator,
        MeasureRef denominator,
        ConditionOp conditionOp,
        BigDecimal conditionValue,
        BigDecimal scale,
        DisplayKind displayKind,
        int decimals) {

    /** A built-in measure (its {@code report.ReportMeasure} name) or an extra report field (its id). */
    public record MeasureRef(String measure, Long fieldId) {

        public static MeasureRef parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return value.startsWith(FIELD_PREFIX)
                    ? new MeasureRef(null, Long.valueOf(value.substring(FIELD_PREFIX.length())))
                    : new MeasureRef(value, null);
        }

        /** The value a form's drop-down carries: the measure's name, or "field:" and the field's id. */
        public String key() {
            return measure != null ? measure : FIELD_PREFIX + fieldId;
        }
    }

    public static final String FIELD_PREFIX = "field:";

    public boolean isPercentage() {
        return displayKind == DisplayKind.PERCENTAGE;
    }

    /**
     * The figure from the summed numerator and denominator: null when nothing was reported or there is
     * nothing to divide by. A count of units is its numerator (the number of units), never scaled.
     */
    public BigDecimal value(BigDecimal num, BigDecimal den) {
        if (num == null) {
            return null;
        }
        return switch (aggregation) {
            case COUNT_UNITS -> num;
            case SUM ->
                scale.compareTo(BigDecimal.ONE) == 0 ? num : num.multiply(scale).setScale(4, RoundingMode.HALF_UP);
            case RATIO, AVERAGE ->
                den == null || den.signum() == 0 ? null : num.multiply(scale).divide(den, 4, RoundingMode.HALF_UP);
        };
    }
}
