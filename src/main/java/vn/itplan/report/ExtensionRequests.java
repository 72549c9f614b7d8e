package vn.itplan.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
import vn.itplan.web.NotFoundException;
import vn.itplan.web.Problem;
import vn.itplan.web.Problems;
import vn.itplan.web.StaleEditException;
import vn.itplan.web.UniqueKeys;
import vn.itplan.web.UserText;

/**
 * Units' requests for a later deadline: a unit administrator asks for their own unit (the unit is always the signed-in
 * user's, never an id from the request), IT staff grant it through {@link DeadlineService#grant} (the one way to
 * extend a deadline) or refuse it with a reason. Every step is audited and published ({@link ExtensionRequested},
 * {@link ExtensionDecided}).
 */
@RequiredArgsConstructor
@Service
@Transactional
class ExtensionRequests {

    static final String ENTITY = "ExtensionRequest";
    static final String UNIQUE = "uq_extension_request_pending";

    /** A unit may ask for at most this many days after the later of today and its current due date. */
    static final int MAX_DAYS = 90;

    private final ExtensionRequestRepository requests;
    private final DeadlineExtensionRepository extensions;
    private final StatusReportRepository reports;
    private final UnitService units;
    private final PeriodService periods;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final DisplayFormat fmt;
    private final Clock clock;

    /** A request as the pages show it. */
    public record RequestView(
            long id,
            long unitId,
            long periodId,
            LocalDate requestedTo,
            String reason,
            String requestedBy,
            Instant requestedAt,
            ExtensionRequest.State state,
            String decidedBy,
            Instant decidedAt,
            LocalDate grantedTo,
            String refusal,
            long version) {

        static RequestView of(ExtensionRequest r) {
            return new RequestView(
                    r.getId(),
                    r.getUnitId(),
                    r.getPeriodId(),
                    r.getRequestedTo(),
                    r.getReason(),
                    r.getRequestedBy(),
                    r.getRequestedAt(),
                    r.getState(),
                    r.getDecidedBy(),
                    r.getDecidedAt(),
                    r.getGrantedTo(),
                    r.getRefusal(),
                    r.getVersion());
        }

        public boolean pending() {
            return state == ExtensionRequest.State.PENDING;
        }

        public String stateKey() {
            return state.messageKey();
        }
    }

    /**
     * What the request and refusal pages show around their forms: the unit, the period, its due date, the unit's
     * current extension, the report's state (null: not started) and the latest request (null: none).
     */
    record RequestPage(
            String unitName,
            PeriodLabel period,
            LocalDate dueDate,
            LocalDate extendedTo,
            ReportState reportState,
            RequestView latest) {

        /** The date the unit's report is due now. */
        public LocalDate currentDue() {
            return extendedTo != null ? extendedTo : dueDate;
        }

        /** How many days beyond today or the due date a unit may ask for at most. */
        public int maxDays() {
            return MAX_DAYS;
        }

        /** Whether the unit may ask (no request pending, a report still to be written or corrected). */
        public boolean canRequest() {
            return (latest == null || !latest.pending()) && stillToDo(reportState);
        }
    }

    // ------------------------------------------------------------------ the unit asks

    /** The request page of the signed-in unit administrator's unit in {@code periodId}. */
    @Transactional(readOnly = true)
    RequestPage page(Long periodId, CurrentUser user) {
        ReportAccess.requireUnitAdmin(user);
        return page(user.unitId(), periods.get(periodId));
    }

    /** A blank request for the period. */
    ExtensionRequestForm form(Long periodId) {
        ExtensionRequestForm form = new ExtensionRequestForm();
        form.setPeriodId(periodId);
        return form;
    }

    /**
     * The rules of a request: a report still to be written or corrected, no other request pending, a date after the
     * current due date, not in the past and at most {@link #MAX_DAYS} days beyond today or that due date.
     */
    @Transactional(readOnly = true)
    Problems check(ExtensionRequestForm form, CurrentUser user) {
        ReportAccess.requireUnitAdmin(user);
        Problems problems = new Problems();
        if (form.getPeriodId() == null) {
            return problems;
        }
        RequestPage page = page(user.unitId(), periods.get(form.getPeriodId()));
        if (!stillToDo(page.reportState())) {
            problems.rejectGlobal("report.extensionRequest.nothingToExtend");
        }
        if (page.latest() != null && page.latest().pending()) {
            problems.reject(
                    "requestedTo",
                    "report.extensionRequest.alreadyPending",
                    fmt.date(page.latest().requestedTo()));
        }
        LocalDate to = form.getRequestedTo();
        if (to != null && !problems.has("requestedTo")) {
            LocalDate today = LocalDate.now(clock);
            LocalDate due = page.currentDue();
            LocalDate latestAllowed = (due.isAfter(today) ? due : today).plusDays(MAX_DAYS);
            if (!to.isAfter(due)) {
                problems.reject("requestedTo", "report.extensionRequest.notAfterDue", fmt.date(due));
            } else if (to.isBefore(today)) {
                problems.reject("requestedTo", "report.extensionRequest.inPast", fmt.date(today));
            } else if (to.isAfter(latestAllowed)) {
                problems.reject("requestedTo", "report.extensionRequest.tooFar", MAX_DAYS, fmt.date(latestAllowed));
            }
        }
        return problems;
    }

    /**
     * Sends the request. Two sent at once (a double click, two tabs) both pass the check; the unique key stops the
     * second, which gets the same field message.
     */
    long request(ExtensionRequestForm form, CurrentUser user) {
        check(form, user).throwIfAny();
        Unit unit = units.get(user.unitId());
        ReportingPeriod period = periods.get(form.getPeriodId());
        String reason = UserText.clean(form.getReason()).strip();
        ExtensionRequest request = new ExtensionRequest(
                unit.getId(), period.getId(), form.getRequestedTo(), reason, user.username(), Instant.now(clock));
        ExtensionRequest saved = UniqueKeys.saveOrReject(
                UNIQUE,
                Problem.field("requestedTo", "report.extensionRequest.alreadyPending", fmt.date(form.getRequestedTo())),
                () -> requests.saveAndFlush(request));
        LocalDate due = extensions
                .findByUnitIdAndPeriodId(unit.getId(), period.getId())
                .map(DeadlineExtension::getExtendedTo)
                .orElse(period.getDueDate());
        audit.record(
                user.username(),
                "EXTENSION_REQUESTED",
                ENTITY,
                saved.getId(),
                AuditText.of(
                        "audit.summary.extensionRequest.requested",
                        unit.getCode(),
                        AuditText.key(period.labelKey(), period.getYear(), period.getSeq()),
                        due,
                        form.getRequestedTo()),
                "reason: " + reason);
        events.publishEvent(new ExtensionRequested(
                saved.getId(), unit.getId(), period.getId(), form.getRequestedTo(), user.username(), reason));
        return saved.getId();
    }

    // ------------------------------------------------------------------ what the unit sees

    /** The unit administrator's latest request in each period (by period id). */
    @Transactional(readOnly = true)
    Map<Long, RequestView> latestByPeriod(CurrentUser user) {
        ReportAccess.requireUnitAdmin(user);
        Map<Long, RequestView> latest = new LinkedHashMap<>();
        requests.findByUnitIdOrderByRequestedAtDescIdDesc(user.unitId())
                .forEach(r -> latest.putIfAbsent(r.getPeriodId(), RequestView.of(r)));
        return latest;
    }

    /**
     * The latest request of a report's unit in its period, for the report's pages: a unit administrator sees only
     * their own unit's, staff any; null when there is none or it is not the user's to see.
     */
    @Transactional(readOnly = true)
    RequestView latest(Long unitId, Long periodId, CurrentUser user) {
        boolean unit = ReportActor.of(user.role()) == ReportActor.UNIT;
        if (unit && !unitId.equals(user.unitId()) || ReportActor.of(user.role()) == ReportActor.LEADER) {
            return null;
        }
        return requests.findFirstByUnitIdAndPeriodIdOrderByRequestedAtDescIdDesc(unitId, periodId)
                .map(RequestView::of)
                .orElse(null);
    }

    // ------------------------------------------------------------------ staff decide

    /** The refusal page of a request. */
    @StaffOnly
    @Transactional(readOnly = true)
    RequestPage decisionPage(long id) {
        ExtensionRequest request = find(id);
        return page(request.getUnitId(), periods.get(request.getPeriodId()), RequestView.of(request));
    }

    /** A blank refusal of the request, at its current version. */
    @StaffOnly
    @Transactional(readOnly = true)
    ExtensionRefusalForm refusalForm(long id) {
        ExtensionRefusalForm form = new ExtensionRefusalForm();
        form.setVersion(find(id).getVersion());
        return form;
    }

    /** Refuses a pending request; one decided since the page was opened is a stale edit. */
    @StaffOnly
    void refuse(long id, ExtensionRefusalForm form, CurrentUser user) {
        ExtensionRequest request = find(id);
        StaleEditException.check("extension request", id, form.getVersion(), request.getVersion());
        if (!request.isPending()) {
            throw new StaleEditException("extension request", id);
        }
        String reason = UserText.clean(form.getReason()).strip();
        request.refuse(reason, user.username(), Instant.now(clock));
        requests.saveAndFlush(request);
        ReportingPeriod period = periods.get(request.getPeriodId());
        audit.record(
                user.username(),
                "EXTENSION_REQUEST_REFUSED",
                ENTITY,
                request.getId(),
                AuditText.of(
                        "audit.summary.extensionRequest.refused",
                        units.get(request.getUnitId()).getCode(),
                        AuditText.key(period.labelKey(), period.getYear(), period.getSeq()),
                        request.getRequestedTo()),
                "reason: " + reason);
        events.publishEvent(new ExtensionDecided(
                request.getId(), request.getUnitId(), request.getPeriodId(), false, null, user.username(), reason));
    }

    /** Shows a pending request on the grant form: its unit and period must be the form's. */
    @StaffOnly
    @Transactional(readOnly = true)
    void prefill(ExtensionForm form, long requestId) {
        ExtensionRequest request = find(requestId);
        if (!request.getUnitId().equals(form.getUnitId())
                || !request.getPeriodId().equals(form.getPeriodId())) {
            throw new NotFoundException("extension request", requestId);
        }
        form.showRequest(request);
    }

    /** The pending request a grant form was opened from (null: none), for the grant page. */
    @StaffOnly
    @Transactional(readOnly = true)
    RequestView pendingOf(Long unitId, Long periodId) {
        return requests.findByPendingUnitIdAndPeriodId(unitId, periodId)
                .map(RequestView::of)
                .orElse(null);
    }

    /**
     * Part of {@link DeadlineService#grant}: the unit's pending request, if any, is granted by the extension just
     * saved. A grant opened from a request that someone decided meanwhile is a stale edit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void grantedBy(DeadlineExtension extension, Long requestId, Unit unit, ReportingPeriod period, CurrentUser user) {
        Optional<ExtensionRequest> pending = requests.findByPendingUnitIdAndPeriodId(unit.getId(), period.getId());
        if (requestId != null && pending.map(p -> !p.getId().equals(requestId)).orElse(true)) {
            throw new StaleEditException("extension request", requestId);
        }
        if (pending.isEmpty()) {
            return;
        }
        ExtensionRequest request = pending.get();
        request.grant(extension.getExtendedTo(), user.username(), Instant.now(clock));
        requests.saveAndFlush(request);
        audit.record(
                user.username(),
                "EXTENSION_REQUEST_GRANTED",
                ENTITY,
                request.getId(),
                AuditText.of(
                        "audit.summary.extensionRequest.granted",
                        unit.getCode(),
                        AuditText.key(period.labelKey(), period.getYear(), period.getSeq()),
                        request.getRequestedTo(),
                        extension.getExtendedTo()));
        events.publishEvent(new ExtensionDecided(
                request.getId(),
                unit.getId(),
                period.getId(),
                true,
                extension.getExtendedTo(),
                user.username(),
                extension.getReason()));
    }

    private ExtensionRequest find(long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("extension request", id));
    }

    private RequestPage page(Long unitId, ReportingPeriod period) {
        return page(
                unitId,
                period,
                requests.findFirstByUnitIdAndPeriodIdOrderByRequestedAtDescIdDesc(unitId, period.getId())
                        .map(RequestView::of)
                        .orElse(null));
    }

    private RequestPage page(Long unitId, ReportingPeriod period, RequestView latest) {
        Unit unit = units.get(unitId);
        return new RequestPage(
                unit.displayName(),
                PeriodLabel.of(period),
                period.getDueDate(),
                extensions
                        .findByUnitIdAndPeriodId(unitId, period.getId())
                        .map(DeadlineExtension::getExtendedTo)
                        .orElse(null),
                reports.findByUnitIdAndPeriodId(unitId, period.getId())
                        .map(StatusReport::getState)
                        .orElse(null),
                latest);
    }

    /** Whether a report in this state (null: not started) still has work for the unit, which a deadline frees. */
    static boolean stillToDo(ReportState state) {
        return state == null || state == ReportState.DRAFT || state == ReportState.RETURNED;
    }
}
