package vn.itplan.period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/**
 * What staff type to open a new reporting period. A mutable bean rather than a record on purpose:
 * with setter binding a value of the wrong type in one field does not stop Bean Validation of the
 * others, so every problem is shown at once.
 */
@Getter
@Setter
class PeriodForm extends PeriodKindForm {

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{period.seq.range}")
    @Max(value = 4, message = "{period.seq.range}")
    private Integer seq;

    @NotNull(message = "{validation.required}")
    private LocalDate startDate;

    @NotNull(message = "{validation.required}")
    private LocalDate endDate;

    @NotNull(message = "{validation.required}")
    private LocalDate dueDate;

    /** The calendar beyond the dates: optional (periods may be made without it). */
    private LocalDate cutoffFrom;

    private LocalDate cutoffTo;

    private LocalDate dueDateProvince;

    private LocalDate dueDateMinistry;

    /** The version the edit form was opened with (editing only). */
    private Long version;

    /** The form of an existing period, to change its calendar. */
    static PeriodForm of(ReportingPeriod period) {
        PeriodForm form = new PeriodForm();
        form.setYear(period.getYear());
        form.setKind(period.getKind());
        form.seq = period.getSeq();
        form.startDate = period.getStartDate();
        form.endDate = period.getEndDate();
        form.cutoffFrom = period.getCutoffFrom();
        form.cutoffTo = period.getCutoffTo();
        form.dueDate = period.getDueDate();
        form.dueDateProvince = period.getDueDateProvince();
        form.dueDateMinistry = period.getDueDateMinistry();
        form.setGraceDays(period.getGraceDays());
        form.version = period.getVersion();
        return form;
    }

    /** A form for the annual period of the given year, with the decree's calendar. */
    static PeriodForm blank(int year, WorkingDays.Calendar days) {
        return fromCalendar(year, PeriodKind.ANNUAL, 1, days, 0);
    }

    /** The form of period {@code seq} of a kind and year, with the decree's calendar and the given grace. */
    static PeriodForm fromCalendar(int year, PeriodKind kind, int seq, WorkingDays.Calendar days, int graceDays) {
        PeriodForm form = new PeriodForm();
        form.setYear(year);
        form.setKind(kind);
        form.seq = seq;
        PeriodCalendar calendar = PeriodCalendar.defaults(year, kind, seq, days);
        form.startDate = calendar.startDate();
        form.endDate = calendar.endDate();
        form.cutoffFrom = calendar.cutoffFrom();
        form.cutoffTo = calendar.cutoffTo();
        form.dueDate = calendar.dueDate();
        form.dueDateProvince = calendar.dueDateProvince();
        form.dueDateMinistry = calendar.dueDateMinistry();
        form.setGraceDays(graceDays);
        return form;
    }
}
