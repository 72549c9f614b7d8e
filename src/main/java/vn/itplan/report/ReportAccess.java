package vn.itplan.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.report.ReportWorkflow.Lock;
import vn.itplan.report.ReportWorkflow.Permissions;
import vn.itplan.report.ReportWorkflow.Window;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.NotFoundException;

/**
 * Who may see and change which report, decided from the signed-in user, never from a request: staff see every
 * report, a unit admin only their own unit's, a leader only approved ones; anything else is "not found", exactly
 * like a report that does not exist. Also what every report screen reads around a report: its period window, the
 * unit's previous approved report, its four sections. Runs inside the caller's transaction.
 */
@RequiredArgsConstructor
@Component
@Transactional(propagation = Propagation.SUPPORTS)
class ReportAccess {

    static final String ENTITY = "StatusReport";
    /** Units outside the reporting list (inactive, or not among those expected to report) start no report. */
    static final Lock NOT_EXPECTED = new Lock("report.lock.notExpected", null);

    private final StatusReportRepository reports;
    private final InfrastructureInventoryRepository infrastructures;
    private final EmailAdoptionRepository emails;
    private final EofficeAdoptionRepository eoffices;
    private final PublicServicesRepository services;
    private final DeadlineExtensionRepository extensions;
    private final PeriodService periods;
    private final Clock clock;

    /** The report if the user may see it; {@link NotFoundException} otherwise. */
    StatusReport readable(Long id, CurrentUser user) {
        return visible(reports.findById(id), id, user);
    }

    /**
     * As {@link #readable}, with the report's row locked until the transaction ends ({@code SELECT ... FOR UPDATE}):
     * changes counted against a limit per report (its attachments) are made one at a time.
     */
    StatusReport readableLocked(Long id, CurrentUser user) {
        return visible(reports.findLockedById(id), id, user);
    }

    private static StatusReport visible(Optional<StatusReport> found, Long id, CurrentUser user) {
        StatusReport report = found.orElseThrow(() -> new NotFoundException("report", id));
        ReportActor actor = ReportActor.of(user.role());
        if (actor == ReportActor.UNIT && !Objects.equals(report.getUnitId(), user.unitId())) {
            throw new NotFoundException("report", id);
        }
        if (!report.getState().allows(actor, ReportAction.VIEW)) {
            throw new NotFoundException("report", id);
        }
        return report;
    }

    /** The period, the unit's window in it, and what the user may do with the report today. */
    record Context(ReportingPeriod period, Window window, ReportActor actor, Permissions perms, LocalDate today) {

        /** Throws {@link ReportWorkflow.ActionNotAllowedException} when the action is not allowed now. */
        void check(ReportState state, ReportAction action) {
            ReportWorkflow.check(state, action, actor, window, today);
        }
    }

    Context context(StatusReport report, CurrentUser user) {
        ReportingPeriod period = periods.get(report.getPeriodId());
        Window window = window(report.getUnitId(), period);
        ReportActor actor = ReportActor.of(user.role());
        LocalDate today = today();
        return new Context(
                period, window, actor, ReportWorkflow.permissions(report.getState(), actor, window, today), today);
    }

    Window window(Long unitId, ReportingPeriod period) {
        LocalDate extendedTo = extensions
                .findByUnitIdAndPeriodId(unitId, period.getId())
                .map(DeadlineExtension::getExtendedTo)
                .orElse(null);
        return new Window(period.isOpen(), period.getDueDate(), extendedTo);
    }

    /** Only a unit administrator writes reports; the others have no unit to write for (403). */
    static void requireUnitAdmin(CurrentUser user) {
        if (ReportActor.of(user.role()) != ReportActor.UNIT || user.unitId() == null) {
            throw new AccessDeniedException("only a unit administrator writes reports");
        }
    }

    // ------------------------------------------------------------------ the previous approved report

    /** The unit's latest approved report of a period that ended before this one began, with its figures. */
    record Previous(StatusReport report, ReportingPeriod period, Map<ReportField, Object> values) {

        /** Whether figures counted over a period (documents) compare: the two periods are of the same kind. */
        boolean sameLength(ReportingPeriod other) {
            return period.getKind() == other.getKind();
        }
    }

    Optional<Previous> previousApproved(Long unitId, ReportingPeriod period) {
        Map<Long, ReportingPeriod> earlier = periods.findAll().stream()
                .filter(p -> p.getEndDate().isBefore(period.getStartDate()))
                .collect(Collectors.toMap(ReportingPeriod::getId, Function.identity()));
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        List<StatusReport> approved =
                reports.findByUnitIdAndStateAndPeriodIdIn(unitId, ReportState.APPROVED, earlier.keySet());
        Optional<ReportingPeriod> best = previousPeriod(
                period, approved.stream().map(r -> earlier.get(r.getPeriodId())).toList());
        return best.flatMap(p -> approved.stream()
                        .filter(r -> r.getPeriodId().equals(p.getId()))
                        .findFirst())
                .map(r -> new Previous(
                        r, earlier.get(r.getPeriodId()), sections(r).values()));
    }

    /**
     * Of the candidate periods that ended before {@code period} began, the latest; between two that end on the
     * same day (the fourth quarter and the year), the one of the same kind as {@code period}.
     */
    static Optional<ReportingPeriod> previousPeriod(ReportingPeriod period, List<ReportingPeriod> candidates) {
        return candidates.stream()
                .filter(p -> p.getEndDate().isBefore(period.getStartDate()))
                .max(Comparator.comparing(ReportingPeriod::getEndDate)
                        .thenComparing(p -> p.getKind() == period.getKind()));
    }

    // ------------------------------------------------------------------ sections

    ReportSections sections(StatusReport report) {
        Long id = report.getId();
        return new ReportSections(
                infrastructures.findById(id).orElseGet(() -> new InfrastructureInventory(report)),
                emails.findById(id).orElseGet(() -> new EmailAdoption(report)),
                eoffices.findById(id).orElseGet(() -> new EofficeAdoption(report)),
                services.findById(id).orElseGet(() -> new PublicServices(report)));
    }

    void saveSections(ReportSections sections) {
        infrastructures.save(sections.infrastructure());
        emails.save(sections.email());
        eoffices.save(sections.eoffice());
        services.save(sections.services());
    }

    // ------------------------------------------------------------------ time

    Instant now() {
        return Instant.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
