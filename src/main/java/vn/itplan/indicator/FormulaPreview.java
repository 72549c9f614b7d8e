package vn.itplan.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the formula editor needs from the features above the catalogue (implemented by the roll-up, which knows the
 * report's measures and computes figures): the measures a formula may read, and what a formula would give on the
 * latest period with approved reports, before it is kept.
 */
public interface FormulaPreview {

    /**
     * A measure a formula may read: its key ({@link Formula.MeasureRef#key()}), and a message key (a built-in
     * measure) or a label (an extra report field).
     */
    record MeasureOption(String key, String messageKey, String label) {}

    /** The figure a formula gives over all expected units of a period (its label's key and arguments). */
    record Result(
            String periodLabelKey,
            Object[] periodLabelArgs,
            int year,
            BigDecimal numerator,
            BigDecimal denominator,
            BigDecimal value,
            int approved,
            int expected) {}

    List<MeasureOption> measures();

    /** Empty when no period has approved reports. */
    Optional<Result> preview(String code, int validFromYear, Formula formula);
}
