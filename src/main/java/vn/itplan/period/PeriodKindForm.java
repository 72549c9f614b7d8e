package vn.itplan.period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.YearField;

/**
 * What both period forms ask first: the year, the kind of period and the days of grace after its due date, with the
 * same limits. {@link PeriodForm} adds the one period's number and calendar; {@link YearForm} makes them all.
 */
@Getter
@Setter
abstract class PeriodKindForm {

    @NotNull(message = "{validation.required}")
    @YearField
    private Integer year;

    @NotNull(message = "{validation.required}")
    private PeriodKind kind;

    @Min(value = 0, message = "{period.grace.range}")
    @Max(value = 60, message = "{period.grace.range}")
    private Integer graceDays;
}
