package vn.itplan.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.security.CurrentUser;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.InvalidInputException;

/** Deadline extensions for one unit in one period, granted by IT staff. */
@Service
@Transactional
class DeadlineService {

    static final String ENTITY = "DeadlineExtension";

    private final DeadlineExtensionRepository extensions;
    private final UnitService units;
    private final PeriodService periods;
    private final AuditService audit;
    private final DisplayFormat fmt;
    private final Clock clock;

    DeadlineService(DeadlineExtensionRepository extensions, UnitService units, PeriodService periods,
                    AuditService audit, DisplayFormat fmt, Clock clock) {
        this.extensions = extensions;
        this.units = units;
        this.periods = periods;
        this.audit = audit;
        this.fmt = fmt;
        this.clock = clock;
    }

    /** What the extension page shows around the form. */
    public record ExtensionPage(Long unitId, String unitName, PeriodLabel period, LocalDate dueDate,
                                LocalDate currentExtension, String currentReason, String grantedBy) {
    }

    @Transactional(readOnly = true)
    ExtensionPage page(Long unitId, Long periodId, CurrentUser user) {
        requireStaff(user);
        Unit unit = units.get(unitId);
        ReportingPeriod period = periods.get(periodId);
        var current = extensions.findByUnitIdAndPeriodId(unitId, periodId);
        return new ExtensionPage(unit.getId(), unit.displayName(), PeriodLabel.of(period), period.getDueDate(),
                current.map(DeadlineExtension::getExtendedTo).orElse(null),
                current.map(DeadlineExtension::getReason).orElse(null),
                current.map(DeadlineExtension::getGrantedBy).orElse(null));
    }

    /** A blank form, or the current extension to change. */
    @Transactional(readOnly = true)
    ExtensionForm form(Long unitId, Long periodId, CurrentUser user) {
        requireStaff(user);
        ExtensionForm form = new ExtensionForm();
        form.setUnitId(unitId);
        form.setPeriodId(periodId);
        extensions.findByUnitIdAndPeriodId(unitId, periodId).ifPresent(e -> {
            form.setExtendedTo(e.getExtendedTo());
            form.setReason(e.getReason());
        });
        return form;
    }

    /** The rules on the new date: after the period's due date, not in the past. */
    @Transactional(readOnly = true)
    void checkDate(ExtensionForm form, CurrentUser user) {
        requireStaff(user);
        ReportingPeriod period = periods.get(form.getPeriodId());
        LocalDate today = LocalDate.now(clock);
        if (!form.getExtendedTo().isAfter(period.getDueDate())) {
            throw new InvalidInputException("extendedTo", "report.extension.notAfterDue", fmt.date(period.getDueDate()));
        }
        if (form.getExtendedTo().isBefore(today)) {
            throw new InvalidInputException("extendedTo", "report.extension.inPast", fmt.date(today));
        }
    }

    void grant(ExtensionForm form, CurrentUser user) {
        checkDate(form, user);
        Unit unit = units.get(form.getUnitId());
        ReportingPeriod period = periods.get(form.getPeriodId());
        DeadlineExtension extension = extensions.findByUnitIdAndPeriodId(unit.getId(), period.getId())
                .orElseGet(() -> new DeadlineExtension(unit.getId(), period.getId()));
        LocalDate before = extension.getExtendedTo();
        extension.grant(form.getExtendedTo(), form.getReason().strip(), user.username(), Instant.now(clock));
        extension = extensions.save(extension);
        audit.record(user.username(), "DEADLINE_EXTENDED", ENTITY, extension.getId(),
                "unit " + unit.getCode() + ", period " + ReportService.describe(period) + ": "
                        + (before == null ? period.getDueDate() + " (due date)" : before) + " → " + form.getExtendedTo(),
                "reason: " + form.getReason().strip());
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("only IT staff extend deadlines");
        }
    }
}
