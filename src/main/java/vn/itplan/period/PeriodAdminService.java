package vn.itplan.period;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.AuditText;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.Problem;
import vn.itplan.web.Problems;
import vn.itplan.web.UniqueKeys;

/** What IT staff change in the period catalogue; every change is audited. */
@RequiredArgsConstructor
@Service
@Transactional
class PeriodAdminService {

    static final String ENTITY = "ReportingPeriod";
    /** One period per year, kind and number (db/migration/V2__units_periods_indicators.sql). */
    static final String UNIQUE_CONSTRAINT = "uq_reporting_period";

    private final ReportingPeriodRepository periods;
    private final PeriodService lookups;
    private final AuditService audit;

    /** Every rule of {@link #create} beyond Bean Validation; fields that are missing are skipped. */
    @Transactional(readOnly = true)
    Problems check(PeriodForm form) {
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
        if (form.getEndDate() != null
                && form.getDueDate() != null
                && form.getDueDate().isBefore(form.getEndDate())) {
            problems.reject("dueDate", "period.dueBeforeEnd");
        }
        if (form.getYear() != null
                && form.getKind() != null
                && form.getSeq() != null
                && periods.findByYearAndKindAndSeq(form.getYear(), form.getKind(), form.getSeq())
                        .isPresent()) {
            problems.add(duplicate());
        }
        return problems;
    }

    /** A new open period; two people creating the same one at once both get the duplicate message. */
    @StaffOnly
    ReportingPeriod create(PeriodForm form, CurrentUser user) {
        check(form).throwIfAny();
        ReportingPeriod period = UniqueKeys.saveOrReject(
                UNIQUE_CONSTRAINT,
                duplicate(),
                () -> periods.saveAndFlush(new ReportingPeriod(
                        form.getYear(),
                        form.getKind(),
                        form.getSeq(),
                        form.getStartDate(),
                        form.getEndDate(),
                        form.getDueDate())));
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
