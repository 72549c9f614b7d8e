package vn.itplan.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.AuditText;
import vn.itplan.audit.FieldChanges;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.Problem;
import vn.itplan.web.Problems;
import vn.itplan.web.StaleEditException;
import vn.itplan.web.UniqueKeys;
import vn.itplan.web.UserText;

/** What IT staff change in the period catalogue; every change is audited. */
@RequiredArgsConstructor
@Service
@Transactional
class PeriodAdminService {

    static final String ENTITY = "ReportingPeriod";
    static final String HOLIDAY = "Holiday";
    /** One period per year, kind and number (db/migration/V2__units_periods_indicators.sql). */
    static final String UNIQUE_CONSTRAINT = "uq_reporting_period";

    private final ReportingPeriodRepository periods;
    private final PeriodService lookups;
    private final AuditService audit;
    private final WorkingDays workingDays;
    private final HolidayRepository holidays;
    private final DisplayFormat fmt;

    /** Every rule of {@link #create} beyond Bean Validation; fields that are missing are skipped. */
    @Transactional(readOnly = true)
    Problems check(PeriodForm form) {
        return check(form, null);
    }

    /** The rules of {@link #create}, or of {@link #reschedule} for period {@code id} (not a duplicate of itself). */
    @Transactional(readOnly = true)
    Problems check(PeriodForm form, Long id) {
        Problems problems = new Problems();
        if (form.getKind() != null
                && form.getSeq() != null
                && form.getSeq() > form.getKind().perYear()) {
            problems.reject("seq", "period.seq.tooLarge", form.getKind().perYear());
        }
        if (form.getStartDate() != null
                && form.getEndDate() != null
                && form.getEndDate().isBefore(form.getStartDate())) {
            problems.reject("endDate", "period.endBeforeStart");
        }
        if (form.getCutoffFrom() != null
                && form.getCutoffTo() != null
                && form.getCutoffTo().isBefore(form.getCutoffFrom())) {
            problems.reject("cutoffTo", "period.cutoffToBeforeFrom");
        }
        if (form.getDueDate() != null) {
            if (form.getCutoffTo() != null) {
                // Decree 09/2019 Art. 12: at least one working day between the end of the cut-off and the due date
                if (workingDays.around(form.getCutoffTo()).until(form.getCutoffTo(), form.getDueDate()) < 1) {
                    problems.reject("dueDate", "period.dueTooSoonAfterCutoff", fmt.date(form.getCutoffTo()));
                }
            } else if (form.getEndDate() != null && form.getDueDate().isBefore(form.getEndDate())) {
                problems.reject("dueDate", "period.dueBeforeEnd");
            }
            if (form.getDueDateProvince() != null && form.getDueDateProvince().isBefore(form.getDueDate())) {
                problems.reject("dueDateProvince", "period.levelBeforeUnits");
            }
        }
        LocalDate previousLevel = form.getDueDateProvince() != null ? form.getDueDateProvince() : form.getDueDate();
        if (previousLevel != null
                && form.getDueDateMinistry() != null
                && form.getDueDateMinistry().isBefore(previousLevel)) {
            problems.reject("dueDateMinistry", "period.ministryBeforeProvince");
        }
        if (form.getYear() != null
                && form.getKind() != null
                && form.getSeq() != null
                && periods.findByYearAndKindAndSeq(form.getYear(), form.getKind(), form.getSeq())
                        .filter(p -> !p.getId().equals(id))
                        .isPresent()) {
            problems.add(duplicate());
        }
        return problems;
    }

    /** A new open period; two people creating the same one at once both get the duplicate message. */
    @StaffOnly
    ReportingPeriod create(PeriodForm form, CurrentUser user) {
        check(form).throwIfAny();
        ReportingPeriod period = UniqueKeys.saveOrReject(UNIQUE_CONSTRAINT, duplicate(), () -> {
            ReportingPeriod made = new ReportingPeriod(
                    form.getYear(),
                    form.getKind(),
                    form.getSeq(),
                    form.getStartDate(),
                    form.getEndDate(),
                    form.getDueDate());
            made.plan(
                    form.getCutoffFrom(),
                    form.getCutoffTo(),
                    form.getDueDateProvince(),
                    form.getDueDateMinistry(),
                    form.getGraceDays() == null ? 0 : form.getGraceDays());
            return periods.saveAndFlush(made);
        });
        audit.record(
                user.username(),
                "PERIOD_CREATED",
                ENTITY,
                period.getId(),
                AuditText.of(
                        "audit.summary.period.created",
                        AuditText.key(period.labelKey(), period.getYear(), period.getSeq()),
                        form.getDueDate()));
        return period;
    }

    @Transactional(readOnly = true)
    ReportingPeriod get(Long id) {
        return lookups.get(id);
    }

    /** The form of period {@code id}, to change its calendar. */
    @Transactional(readOnly = true)
    PeriodForm form(Long id) {
        return PeriodForm.of(lookups.get(id));
    }

    /**
     * A new calendar for a period (the units' due date, grace, cut-off, further levels' due dates), checked by the
     * rules of {@link #create}; its year, kind, number and dates stay as they are. Audited field by field.
     */
    @StaffOnly
    void reschedule(Long id, PeriodForm form, CurrentUser user) {
        ReportingPeriod period = lookups.get(id);
        StaleEditException.check("period", id, form.getVersion(), period.getVersion());
        form.setYear(period.getYear());
        form.setKind(period.getKind());
        form.setSeq(period.getSeq());
        form.setStartDate(period.getStartDate());
        form.setEndDate(period.getEndDate());
        check(form, id).throwIfAny();
        Map<String, String> before = calendar(period);
        period.reschedule(
                form.getDueDate(),
                form.getCutoffFrom(),
                form.getCutoffTo(),
                form.getDueDateProvince(),
                form.getDueDateMinistry(),
                form.getGraceDays() == null ? 0 : form.getGraceDays());
        periods.flush();
        FieldChanges changes = FieldChanges.between(before, calendar(period));
        if (!changes.isEmpty()) {
            audit.record(
                    user.username(),
                    "PERIOD_CALENDAR_CHANGED",
                    ENTITY,
                    id,
                    AuditText.of(
                            "audit.summary.period.calendarChanged",
                            AuditText.key(period.labelKey(), period.getYear(), period.getSeq())),
                    changes.details());
        }
    }

    private Map<String, String> calendar(ReportingPeriod period) {
        Map<String, String> values = FieldChanges.snapshot();
        values.put("dueDate", fmt.date(period.getDueDate()));
        values.put("graceDays", String.valueOf(period.getGraceDays()));
        values.put("cutoffFrom", fmt.date(period.getCutoffFrom()));
        values.put("cutoffTo", fmt.date(period.getCutoffTo()));
        values.put("dueDateProvince", fmt.date(period.getDueDateProvince()));
        values.put("dueDateMinistry", fmt.date(period.getDueDateMinistry()));
        return values;
    }

    /** A blank form for the annual period of {@code year}, with the decree's calendar. */
    @Transactional(readOnly = true)
    PeriodForm blank(int year) {
        return PeriodForm.blank(year, workingDays.around(LocalDate.of(year, 6, 30)));
    }

    /**
     * Every period of one kind in a year that does not exist yet, with the decree's calendar (cut-off, due dates
     * counted in working days with the holidays entered for the year). Returns how many were made.
     */
    @StaffOnly
    int createYear(YearForm form, CurrentUser user) {
        WorkingDays.Calendar days = workingDays.around(LocalDate.of(form.getYear(), 6, 30));
        int made = 0;
        for (int seq = 1; seq <= form.getKind().perYear(); seq++) {
            if (periods.findByYearAndKindAndSeq(form.getYear(), form.getKind(), seq)
                    .isPresent()) {
                continue;
            }
            PeriodForm one = PeriodForm.fromCalendar(
                    form.getYear(), form.getKind(), seq, days, form.getGraceDays() == null ? 0 : form.getGraceDays());
            create(one, user);
            made++;
        }
        return made;
    }

    @Transactional(readOnly = true)
    List<Holiday> holidays(int year) {
        return holidays.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31));
    }

    @Transactional(readOnly = true)
    Problems check(HolidayForm form) {
        Problems problems = new Problems();
        if (form.getDate() != null && holidays.existsByDate(form.getDate())) {
            problems.reject("date", "period.holiday.duplicate");
        }
        return problems;
    }

    @StaffOnly
    void addHoliday(HolidayForm form, CurrentUser user) {
        check(form).throwIfAny();
        String name = UserText.clean(form.getName()).strip();
        Holiday holiday = UniqueKeys.saveOrReject(
                "uq_holiday_date",
                Problem.field("date", "period.holiday.duplicate"),
                () -> holidays.saveAndFlush(new Holiday(form.getDate(), name)));
        audit.record(user.username(), "HOLIDAY_ADDED", HOLIDAY, holiday.getId(), form.getDate() + " " + name);
    }

    @StaffOnly
    void removeHoliday(Long id, CurrentUser user) {
        Holiday holiday = holidays.findById(id).orElseThrow(() -> new NotFoundException("holiday", id));
        holidays.delete(holiday);
        audit.record(user.username(), "HOLIDAY_REMOVED", HOLIDAY, id, holiday.getDate() + " " + holiday.getName());
    }

    @StaffOnly
    void open(Long id, CurrentUser user) {
        ReportingPeriod period = lookups.get(id);
        if (!period.isOpen()) {
            period.open();
            audit.record(user.username(), "PERIOD_OPENED", ENTITY, id, "open: false → true");
        }
    }

    @StaffOnly
    void close(Long id, CurrentUser user) {
        ReportingPeriod period = lookups.get(id);
        if (period.isOpen()) {
            period.close();
            audit.record(user.username(), "PERIOD_CLOSED", ENTITY, id, "open: true → false");
        }
    }

    @Transactional(readOnly = true)
    List<ReportingPeriod> findAll() {
        return lookups.findAll();
    }

    private static Problem duplicate() {
        return Problem.field("seq", "period.duplicate");
    }
}
