package vn.itplan.period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

/** The periods of one kind for a whole year, made from the calendar in one action. */
@Getter
@Setter
class YearForm {

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{period.year.range}")
    @Max(value = 2100, message = "{period.year.range}")
    private Integer year;

    @NotNull(message = "{validation.required}")
    private PeriodKind kind;

    @Min(value = 0, message = "{period.grace.range}")
    @Max(value = 60, message = "{period.grace.range}")
    private Integer graceDays;

    static YearForm blank(int year) {
        YearForm form = new YearForm();
        form.year = year;
        form.kind = PeriodKind.QUARTERLY;
        form.graceDays = 0;
        return form;
    }
}
