package vn.itplan.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.VersionedEntity;

/** A period units report on: the 2014 annual report, 2015 Q1, ... */
@Entity
@Table(name = "reporting_period")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReportingPeriod extends VersionedEntity {

    @Column(name = "period_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PeriodKind kind;

    /** 1 for an annual period, 1–2 for half-years, 1–4 for quarters. */
    @Column(nullable = false)
    private int seq;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    /** The data cut-off window (Decree 09/2019 Art. 12); none on periods made before the calendar. */
    @Column(name = "cutoff_from")
    private LocalDate cutoffFrom;

    @Column(name = "cutoff_to")
    private LocalDate cutoffTo;

    /** The province's IT department reports to the People's Committee by this date. */
    @Column(name = "due_date_province")
    private LocalDate dueDateProvince;

    /** The province reports to the ministry by this date. */
    @Column(name = "due_date_ministry")
    private LocalDate dueDateMinistry;

    /** Days after the units' due date before entry closes by itself. */
    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    @Column(nullable = false)
    private boolean open = true;

    public ReportingPeriod(
            int year, PeriodKind kind, int seq, LocalDate startDate, LocalDate endDate, LocalDate dueDate) {
        this.year = year;
        this.kind = kind;
        this.seq = seq;
        this.startDate = startDate;
        this.endDate = endDate;
        this.dueDate = dueDate;
    }

    /** The calendar of the period beyond its dates: cut-off window, further levels' due dates and grace. */
    void plan(
            LocalDate cutoffFrom,
            LocalDate cutoffTo,
            LocalDate dueDateProvince,
            LocalDate dueDateMinistry,
            int graceDays) {
        this.cutoffFrom = cutoffFrom;
        this.cutoffTo = cutoffTo;
        this.dueDateProvince = dueDateProvince;
        this.dueDateMinistry = dueDateMinistry;
        this.graceDays = graceDays;
    }

    /** A new calendar: the units' due date, then the rest as {@link #plan}. */
    void reschedule(
            LocalDate dueDate,
            LocalDate cutoffFrom,
            LocalDate cutoffTo,
            LocalDate dueDateProvince,
            LocalDate dueDateMinistry,
            int graceDays) {
        this.dueDate = dueDate;
        plan(cutoffFrom, cutoffTo, dueDateProvince, dueDateMinistry, graceDays);
    }

    /** The last day units may enter data without an extension: the due date plus the grace. */
    public LocalDate entryClosesAfter() {
        return dueDate.plusDays(graceDays);
    }

    /** Units may submit and edit their reports for it again. */
    void open() {
        this.open = true;
    }

    /** No more submissions or edits for it. */
    void close() {
        this.open = false;
    }

    /** Message key of the period's name; its arguments are {@link #labelArgs()}: "Quý {1}/{0}". */
    public String labelKey() {
        return "period.label." + kind.name();
    }

    public Object[] labelArgs() {
        return new Object[] {String.valueOf(year), seq};
    }
}
