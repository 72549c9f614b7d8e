package vn.itplan.report;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.AuditText;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.report.ReportAccess.Context;
import vn.itplan.report.ReportAccess.Previous;
import vn.itplan.report.ReportWorkflow.ActionNotAllowedException;
import vn.itplan.report.ReportWorkflow.Lock;
import vn.itplan.report.ReportWorkflow.Window;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.Problems;
import vn.itplan.web.StaleEditException;

/**
 * What users do to a report: the unit starts, saves and submits it, the staff approve, return or reopen it. Who may
 * is decided by {@link ReportAccess} and {@link ReportWorkflow}; every change is audited in its transaction.
 */
@RequiredArgsConstructor
@Service
@Transactional
class ReportSubmissions {

    private static final int ACKNOWLEDGED_LENGTH = 4000;
    private static final int COMMENT_LENGTH = 2000;

    private final ReportAccess access;
    private final StatusReportRepository reports;
    private final ReportCommentRepository comments;
    private final PeriodService periods;
    private final UnitService units;
    private final AuditService audit;
    private final MeterRegistry meters;
    private final ApplicationEventPublisher events;
    private final ExtraValues extras;
    private final ReportSnapshotRepository snapshots;

    /**
     * Starts the unit's report for a period (or returns the one already started), optionally with the figures of
     * the unit's last approved report; figures counted over a period (documents) are never copied. Two requests
     * starting it at once get the same report: the row is inserted only if absent, and only its creator fills it.
     */
    Long start(Long periodId, boolean prefill, CurrentUser user) {
        ReportAccess.requireUnitAdmin(user);
        ReportingPeriod period = periods.get(periodId);
        Optional<StatusReport> existing = reports.findByUnitIdAndPeriodId(user.unitId(), periodId);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        Unit unit = units.get(user.unitId());
        Window window = access.window(user.unitId(), period);
        Lock lock = unit.isActive() && unit.isReporting()
                ? ReportWorkflow.startLock(window, access.today())
                : ReportAccess.NOT_EXPECTED;
        if (lock != null) {
            throw new ActionNotAllowedException(lock, ReportAction.EDIT, ReportState.DRAFT);
        }
        boolean created = reports.insertIfAbsent(user.unitId(), periodId, user.username(), access.now()) == 1;
        StatusReport report =
                reports.findByUnitIdAndPeriodId(user.unitId(), periodId).orElseThrow();
        if (!created) {
            return report.getId();
        }
        ReportSections sections = ReportSections.blank(report);
        String summary = AuditText.of("audit.summary.report.created");
        String details = null;
        if (prefill) {
            Optional<Previous> previous = access.previousApproved(user.unitId(), period);
            if (previous.isPresent()) {
                Map<ReportField, Object> copied = new EnumMap<>(ReportField.class);
                previous.get().values().forEach((field, value) -> {
                    if (!field.flow() && value != null) {
                        copied.put(field, value);
                    }
                });
                sections.setAll(copied);
                ReportingPeriod from = previous.get().period();
                summary = AuditText.of(
                        "audit.summary.report.prefilled",
                        AuditText.key(from.labelKey(), from.getYear(), from.getSeq()));
                details = copied.entrySet().stream()
                        .map(e -> e.getKey().property() + ": " + text(e.getValue()))
                        .collect(Collectors.joining("\n"));
            }
        }
        access.saveSections(sections);
        audit.record(user.username(), "REPORT_CREATED", ReportAccess.ENTITY, report.getId(), summary, details);
        return report.getId();
    }

    /** The form as stored, for the edit page. */
    @Transactional(readOnly = true)
    ReportForm form(Long id, CurrentUser user) {
        StatusReport report = access.readable(id, user);
        ReportForm form = ReportForm.of(access.sections(report).values(), report.getVersion());
        form.setExtra(ExtraValues.asText(extras.read(report.getId())));
        return form;
    }

    /** The current version of a report the user may see (a form reopened after a conflict carries it). */
    @Transactional(readOnly = true)
    long version(Long id, CurrentUser user) {
        return access.readable(id, user).getVersion();
    }

    /** Saves the figures as typed (a draft may be partial); returns the report's new version. */
    long save(Long id, ReportForm form, CurrentUser user) {
        StatusReport report = access.readable(id, user);
        access.context(report, user).check(report.getState(), ReportAction.EDIT);
        return saveFigures(report, form, user);
    }

    /** What became of a submission. */
    record SubmitOutcome(
            Status status,
            List<ReportRules.Problem> problems,
            List<Warning> warnings,
            long version,
            List<vn.itplan.web.Problem> extraProblems) {

        SubmitOutcome(Status status, List<ReportRules.Problem> problems, List<Warning> warnings, long version) {
            this(status, problems, warnings, version, List.of());
        }

        enum Status {
            SUBMITTED,
            BLOCKED,
            NEEDS_ACKNOWLEDGEMENT
        }
    }

    /**
     * Saves the figures, then submits them if the hard rules pass and every soft warning has been acknowledged.
     * When they do not, the figures stay saved as a draft and the outcome says what to fix or to confirm.
     */
    SubmitOutcome submit(Long id, ReportForm form, CurrentUser user) {
        StatusReport report = access.readable(id, user);
        Context context = access.context(report, user);
        context.check(report.getState(), ReportAction.SUBMIT);
        long version = saveFigures(report, form, user);
        Map<ReportField, Object> values = form.values();
        List<ReportRules.Problem> problems = ReportRules.submissionProblems(values, context.today());
        List<vn.itplan.web.Problem> extraProblems = extras.submissionProblems(
                context.period().getYear(),
                extras.parse(context.period().getYear(), form.getExtra(), new ArrayList<>()));
        if (!problems.isEmpty() || !extraProblems.isEmpty()) {
            return new SubmitOutcome(SubmitOutcome.Status.BLOCKED, problems, List.of(), version, extraProblems);
        }
        Optional<Previous> previous = access.previousApproved(report.getUnitId(), context.period());
        List<Warning> warnings = ReportRules.warnings(
                values,
                previous.map(Previous::values).orElse(null),
                previous.map(p -> p.sameLength(context.period())).orElse(false));
        Set<String> acknowledged = new HashSet<>(form.getAcknowledged() == null ? List.of() : form.getAcknowledged());
        if (warnings.stream().anyMatch(w -> !acknowledged.contains(w.code()))) {
            return new SubmitOutcome(SubmitOutcome.Status.NEEDS_ACKNOWLEDGEMENT, List.of(), warnings, version);
        }
        ReportState from = report.getState();
        Instant now = access.now();
        report.submit(user.username(), now, context.today(), encodeWithin(warnings));
        snapshots.save(new ReportSnapshot(report.getId(), ReportSnapshot.Kind.SUBMIT, user.username(), now, values));
        String note = trimToNull(form.getNote());
        if (note != null) {
            comments.save(new ReportComment(report.getId(), ReportComment.Kind.SUBMIT, user.username(), now, note));
        }
        List<String> details = new ArrayList<>();
        warnings.forEach(w -> details.add("acknowledged: "
                + AuditText.of(
                        w.messageKey(),
                        java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(AuditText.key(w.fieldLabelKey())), w.args().stream())
                                .toArray())));
        if (note != null) {
            details.add("note: " + note);
        }
        audit.record(
                user.username(),
                "REPORT_SUBMITTED",
                ReportAccess.ENTITY,
                report.getId(),
                from + " → " + report.getState(),
                details.isEmpty() ? null : String.join("\n", details));
        meters.counter("itplan.reports.submitted").increment();
        reports.flush();
        return new SubmitOutcome(SubmitOutcome.Status.SUBMITTED, List.of(), warnings, report.getVersion());
    }

    private long saveFigures(StatusReport report, ReportForm form, CurrentUser user) {
        StaleEditException.check("report", report.getId(), form.getVersion(), report.getVersion());
        int year = periods.get(report.getPeriodId()).getYear();
        List<vn.itplan.web.Problem> extraProblems = new ArrayList<>();
        Map<String, Object> extraValues = extras.parse(year, form.getExtra(), extraProblems);
        if (!extraProblems.isEmpty()) {
            throw new vn.itplan.web.InvalidInputException(extraProblems);
        }
        ReportSections sections = access.sections(report);
        Map<ReportField, Object> before = sections.values();
        Map<ReportField, Object> after = form.values();
        List<String> changes = new ArrayList<>();
        for (ReportField field : ReportField.values()) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changes.add(field.property() + ": " + text(before.get(field)) + " → " + text(after.get(field)));
            }
        }
        changes.addAll(extras.save(report.getId(), year, extraValues));
        if (!changes.isEmpty()) {
            sections.setAll(after);
            access.saveSections(sections);
            report.touch(user.username(), access.now());
            audit.record(
                    user.username(),
                    "REPORT_SAVED",
                    ReportAccess.ENTITY,
                    report.getId(),
                    changes.stream().map(c -> c.substring(0, c.indexOf(':'))).collect(Collectors.joining(", ")),
                    String.join("\n", changes));
            reports.flush();
        }
        return report.getVersion();
    }

    /** Approve, return (a comment is required) or reopen (a reason is required) a report. */
    void review(Long id, ReportAction action, ReviewForm form, CurrentUser user) {
        if (action != ReportAction.APPROVE && action != ReportAction.RETURN && action != ReportAction.REOPEN) {
            throw new IllegalArgumentException(action + " is not a review decision");
        }
        StatusReport report = access.readable(id, user);
        Context context = access.context(report, user);
        ReportState target = ReportWorkflow.transition(
                report.getState(), action, context.actor(), context.window(), context.today());
        StaleEditException.check("report", id, form.getVersion(), report.getVersion());
        String comment = trimToNull(form.getComment());
        Problems problems = new Problems();
        if (action.commentRequired() && comment == null) {
            problems.reject(
                    "comment",
                    action == ReportAction.REOPEN ? "report.review.reasonRequired" : "report.review.commentRequired");
        }
        if (comment != null && comment.length() > COMMENT_LENGTH) {
            problems.reject("comment", "report.review.commentTooLong", COMMENT_LENGTH);
        }
        problems.throwIfAny();
        ReportState from = report.getState();
        Instant now = access.now();
        report.review(action, target, user.username(), now, comment);
        if (action == ReportAction.APPROVE) {
            snapshots.save(new ReportSnapshot(
                    report.getId(),
                    ReportSnapshot.Kind.APPROVE,
                    user.username(),
                    now,
                    access.sections(report).values()));
        }
        if (comment != null) {
            comments.save(new ReportComment(report.getId(), commentKind(action), user.username(), now, comment));
        }
        audit.record(
                user.username(),
                "REPORT_" + auditVerb(action),
                ReportAccess.ENTITY,
                report.getId(),
                from + " → " + target,
                comment == null ? null : "comment: " + comment);
        meters.counter("itplan.reports." + counterName(action)).increment();
        events.publishEvent(new ReportReviewed(
                report.getId(), report.getUnitId(), report.getPeriodId(), action, user.username(), comment));
    }

    /**
     * Approves those of {@code ids} that are submitted without warnings, each as {@link #review} approves one
     * (audited, event published); the others are left as they are. Returns how many were approved.
     */
    @StaffOnly
    int approveTogether(List<Long> ids, CurrentUser user) {
        int approved = 0;
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            StatusReport report = access.readable(id, user);
            if (report.getState() == ReportState.SUBMITTED && report.getAcknowledgedWarnings() == null) {
                ReviewForm form = new ReviewForm();
                form.setVersion(report.getVersion());
                review(id, ReportAction.APPROVE, form, user);
                approved++;
            }
        }
        return approved;
    }

    private static ReportComment.Kind commentKind(ReportAction action) {
        return switch (action) {
            case APPROVE -> ReportComment.Kind.APPROVE;
            case RETURN -> ReportComment.Kind.RETURN;
            default -> ReportComment.Kind.REOPEN;
        };
    }

    /** The counter of a review decision: itplan.reports.approved, .returned, .reopened. */
    private static String counterName(ReportAction action) {
        return switch (action) {
            case APPROVE -> "approved";
            case RETURN -> "returned";
            default -> "reopened";
        };
    }

    private static String auditVerb(ReportAction action) {
        return switch (action) {
            case APPROVE -> "APPROVED";
            case RETURN -> "RETURNED";
            default -> "REOPENED";
        };
    }

    private static String text(Object value) {
        return value == null ? "—" : value.toString();
    }

    static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The acknowledged warnings, as many whole lines as the column holds. */
    private static String encodeWithin(List<Warning> warnings) {
        List<Warning> kept = new ArrayList<>(warnings);
        String encoded = Warning.encodeAll(kept);
        while (encoded != null && encoded.length() > ACKNOWLEDGED_LENGTH) {
            kept.remove(kept.size() - 1);
            encoded = Warning.encodeAll(kept);
        }
        return encoded;
    }
}
