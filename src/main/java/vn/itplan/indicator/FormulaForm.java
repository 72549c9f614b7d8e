package vn.itplan.indicator;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.MaxLength;
import vn.itplan.web.YearField;

/**
 * An indicator's formula from a year on, as staff type it (see {@link Formula}); {@code confirmed} is set by the
 * second submission, after the preview was shown. A mutable bean (see PeriodForm).
 */
@Getter
@Setter
class FormulaForm {

    @NotNull(message = "{validation.required}")
    @YearField
    private Integer validFromYear;

    @NotNull(message = "{validation.required}")
    private Aggregation aggregation;

    @NotNull(message = "{validation.required}")
    @MaxLength(60)
    private String numerator;

    @MaxLength(60)
    private String denominator;

    private ConditionOp conditionOp;

    @Digits(integer = 14, fraction = 4, message = "{indicator.formula.digits}")
    private BigDecimal conditionValue;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0.0001", message = "{indicator.formula.scale}")
    @Digits(integer = 8, fraction = 4, message = "{indicator.formula.digits}")
    private BigDecimal scale = BigDecimal.ONE;

    @NotNull(message = "{validation.required}")
    private DisplayKind displayKind;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{indicator.formula.decimals}")
    @Max(value = 4, message = "{indicator.formula.decimals}")
    private Integer decimals = 1;

    @Pattern(regexp = "[A-Za-z0-9.\\-]{0,30}", message = "{indicator.framework.invalid}")
    private String dtiCode;

    @Pattern(regexp = "[A-Za-z0-9.\\-]{0,30}", message = "{indicator.framework.invalid}")
    private String ictIndexCode;

    private boolean confirmed;

    /** The formula typed (the measures as keys: a measure's name or "field:" and a field id). */
    Formula formula() {
        boolean count = aggregation == Aggregation.COUNT_UNITS;
        return new Formula(
                aggregation,
                Formula.MeasureRef.parse(numerator),
                aggregation == Aggregation.RATIO ? Formula.MeasureRef.parse(denominator) : null,
                count ? conditionOp : null,
                count ? conditionValue : null,
                scale,
                displayKind,
                decimals == null ? 1 : decimals);
    }

    static FormulaForm of(int year, Formula formula) {
        FormulaForm form = new FormulaForm();
        form.validFromYear = year;
        if (formula != null) {
            form.aggregation = formula.aggregation();
            form.numerator = formula.numerator().key();
            form.denominator =
                    formula.denominator() == null ? null : formula.denominator().key();
            form.conditionOp = formula.conditionOp();
            form.conditionValue = formula.conditionValue();
            form.scale = formula.scale().stripTrailingZeros();
            form.displayKind = formula.displayKind();
            form.decimals = formula.decimals();
        } else {
            form.aggregation = Aggregation.COUNT_UNITS;
            form.conditionOp = ConditionOp.EQ;
            form.conditionValue = BigDecimal.ONE;
            form.displayKind = DisplayKind.UNITS;
            form.decimals = 0;
        }
        return form;
    }
}
