package vn.itplan.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.AuditText;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.Forms;
import vn.itplan.web.Problem;
import vn.itplan.web.Problems;
import vn.itplan.web.StaleEditException;
import vn.itplan.web.UniqueKeys;

/** Deadline extensions for one unit in one period, granted by IT staff. */
@RequiredArgsConstructor
@Service
@Transactional
class DeadlineService {

    static final String ENTITY = "DeadlineExtension";
    static final String UNIQUE = "uq_deadline_extension";

    private final DeadlineExtensionRepository extensions;
    private final ExtensionRequests requests;
    private final UnitService units;
    private final PeriodService periods;
    private final AuditService audit;
    private final DisplayFormat fmt;
    private final Clock clock;

    /** What the extension page shows around the form. */
    public record ExtensionPage(
            Long unitId,
            String unitName,
            PeriodLabel period,
            LocalDate dueDate,
            LocalDate currentExtension,
            String currentReason,
            String grantedBy,
            ExtensionRequests.RequestView pendingRequest) {}

    @StaffOnly
    @Transactional(readOnly = true)
    ExtensionPage page(Long unitId, Long periodId) {
        Unit unit = units.get(unitId);
        ReportingPeriod period = periods.get(periodId);
        var current = extensions.findByUnitIdAndPeriodId(unitId, periodId);
        return new ExtensionPage(
                unit.getId(),
                unit.displayName(),
                PeriodLabel.of(period),
                period.getDueDate(),
                current.map(DeadlineExtension::getExtendedTo).orElse(null),
                current.map(DeadlineExtension::getReason).orElse(null),
                current.map(DeadlineExtension::getGrantedBy).orElse(null),
                requests.pendingOf(unitId, periodId));
    }

    /** A blank form, or the current extension to change (with the version it is opened at). */
    @StaffOnly
    @Transactional(readOnly = true)
    ExtensionForm form(Long unitId, Long periodId) {
        ExtensionForm form = new ExtensionForm();
        form.setUnitId(unitId);
        form.setPeriodId(periodId);
        extensions.findByUnitIdAndPeriodId(unitId, periodId).ifPresent(form::showCurrent);
        return form;
    }

    /** The form opened from a unit's request: what the unit asked for, to grant as it is or changed. */
    @StaffOnly
    @Transactional(readOnly = true)
    ExtensionForm form(Long unitId, Long periodId, Long requestId) {
        ExtensionForm form = form(unitId, periodId);
        if (requestId != null) {
            requests.prefill(form, requestId);
        }
        return form;
    }

    /** The rules on the new date: after the period's due date, not in the past. */
    @StaffOnly
    @Transactional(readOnly = true)
    Problems check(ExtensionForm form) {
        Problems problems = new Problems();
        if (form.getPeriodId() == null || form.getExtendedTo() == null) {
            return problems;
        }
        ReportingPeriod period = periods.get(form.getPeriodId());
        LocalDate today = LocalDate.now(clock);
        if (!form.getExtendedTo().isAfter(period.getDueDate())) {
            problems.reject("extendedTo", "report.extension.notAfterDue", fmt.date(period.getDueDate()));
        } else if (form.getExtendedTo().isBefore(today)) {
            problems.reject("extendedTo", "report.extension.inPast", fmt.date(today));
        }
        return problems;
    }

    /**
     * Grants or changes the extension. Changing one that someone else changed since the form was opened (or creating
     * one that someone else created meanwhile) is a stale edit: nothing is overwritten. The unit's pending request, if
     * any, is granted with it (opened from a request that someone decided meanwhile: a stale edit).
     */
    @StaffOnly
    void grant(ExtensionForm form, CurrentUser user) {
        check(form).throwIfAny();
        Unit unit = units.get(form.getUnitId());
        ReportingPeriod period = periods.get(form.getPeriodId());
        Optional<DeadlineExtension> current = extensions.findByUnitIdAndPeriodId(unit.getId(), period.getId());
        if (current.isPresent()) {
            StaleEditException.check(
                    "deadline extension",
                    current.get().getId(),
                    form.getVersion(),
                    current.get().getVersion());
        } else if (form.getVersion() != null) {
            throw new StaleEditException("deadline extension", unit.getId() + "/" + period.getId());
        }
        DeadlineExtension extension = current.orElseGet(() -> new DeadlineExtension(unit.getId(), period.getId()));
        LocalDate before = extension.getExtendedTo();
        String reason = form.getReason().strip();
        extension.grant(form.getExtendedTo(), reason, user.username(), Instant.now(clock));
        DeadlineExtension saved = UniqueKeys.saveOrReject(
                UNIQUE, Problem.global(Forms.CONFLICT), () -> extensions.saveAndFlush(extension));
        audit.record(
                user.username(),
                "DEADLINE_EXTENDED",
                ENTITY,
                saved.getId(),
                AuditText.of(
                        before == null ? "audit.summary.deadline.granted" : "audit.summary.deadline.changed",
                        unit.getCode(),
                        AuditText.key(period.labelKey(), period.getYear(), period.getSeq()),
                        before == null ? period.getDueDate() : before,
                        form.getExtendedTo()),
                "reason: " + reason);
        requests.grantedBy(saved, form.getRequestId(), unit, period, user);
    }
}
