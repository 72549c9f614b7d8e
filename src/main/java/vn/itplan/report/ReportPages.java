package vn.itplan.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.period.WorkingDays;
import vn.itplan.report.ReportAccess.Context;
import vn.itplan.report.ReportAccess.Previous;
import vn.itplan.report.ReportViews.AttachmentView;
import vn.itplan.report.ReportViews.Cell;
import vn.itplan.report.ReportViews.CommentView;
import vn.itplan.report.ReportViews.CommentedField;
import vn.itplan.report.ReportViews.EditContext;
import vn.itplan.report.ReportViews.HistoryLine;
import vn.itplan.report.ReportViews.ReportHeader;
import vn.itplan.report.ReportViews.ReportPage;
import vn.itplan.report.ReportViews.SectionRows;
import vn.itplan.report.ReportViews.UnitPeriodRow;
import vn.itplan.report.ReportViews.UnitReports;
import vn.itplan.report.ReportViews.ValueRow;
import vn.itplan.report.ReportWorkflow.Lock;
import vn.itplan.report.ReportWorkflow.Permissions;
import vn.itplan.report.ReportWorkflow.Window;
import vn.itplan.security.CurrentUser;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.DisplayFormat;

/**
 * The view models of the report pages ({@link ReportViews}): the unit's list of periods, a report's page, what
 * surrounds its edit form. Read-only; a value is put in words by {@link #cell}, everything else is shaped by the
 * templates.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
class ReportPages {

    private final ReportAccess access;
    private final StatusReportRepository reports;
    private final ReportCommentRepository comments;
    private final ReportAttachmentRepository attachments;
    private final DeadlineExtensionRepository extensions;
    private final PeriodService periods;
    private final UnitService units;
    private final AuditService audit;
    private final DisplayFormat fmt;
    private final ReportBoardService board;
    private final WorkingDays workingDays;
    private final ReportSnapshotRepository snapshots;
    private final ExtraValues extraValues;

    /** A period the unit can act on is "current" when its due date is this close, or past. */
    static final int CURRENT_DAYS = 60;

    /** Every period with the unit's report in it, or whether it can be started and from which earlier report. */
    UnitReports unitReports(CurrentUser user) {
        ReportAccess.requireUnitAdmin(user);
        Unit unit = units.get(user.unitId());
        List<ReportingPeriod> all = periods.findAll();
        Map<Long, ReportingPeriod> periodsById =
                all.stream().collect(Collectors.toMap(ReportingPeriod::getId, Function.identity()));
        Map<Long, StatusReport> byPeriod = reports.findByUnitId(unit.getId()).stream()
                .collect(Collectors.toMap(StatusReport::getPeriodId, Function.identity()));
        Map<Long, LocalDate> extended = extensions.findByUnitId(unit.getId()).stream()
                .collect(Collectors.toMap(DeadlineExtension::getPeriodId, DeadlineExtension::getExtendedTo));
        List<ReportingPeriod> approvedPeriods = byPeriod.values().stream()
                .filter(r -> r.getState() == ReportState.APPROVED)
                .map(r -> periodsById.get(r.getPeriodId()))
                .filter(Objects::nonNull)
                .toList();
        LocalDate today = access.today();
        boolean expected = unit.isActive() && unit.isReporting();
        Map<Long, Timeliness> timelinessByPeriod = board.timelinessOf(unit.getId());
        List<UnitPeriodRow> rows = new ArrayList<>();
        WorkingDays.Calendar days = workingDays.around(today);
        // latest first: the period that ends last, and of two ending together the shorter (a quarter before its year)
        List<ReportingPeriod> latestFirst = all.stream()
                .sorted(Comparator.comparing(ReportingPeriod::getEndDate)
                        .thenComparing(ReportingPeriod::getStartDate)
                        .reversed())
                .toList();
        for (ReportingPeriod period : latestFirst) {
            Window window = new Window(period.isOpen(), period.getDueDate(), extended.get(period.getId()));
            StatusReport report = byPeriod.get(period.getId());
            Timeliness timeliness = timelinessByPeriod.get(period.getId());
            Lock lock;
            boolean canStart = false;
            boolean canEdit = false;
            PeriodLabel prefillFrom = null;
            if (report == null) {
                lock = expected ? ReportWorkflow.startLock(window, today) : ReportAccess.NOT_EXPECTED;
                canStart = lock == null;
                prefillFrom = PeriodLabel.of(
                        ReportAccess.previousPeriod(period, approvedPeriods).orElse(null));
            } else {
                Permissions perms = ReportWorkflow.permissions(report.getState(), ReportActor.UNIT, window, today);
                lock = perms.lock();
                canEdit = perms.can(ReportAction.EDIT);
            }
            rows.add(new UnitPeriodRow(
                    PeriodLabel.of(period),
                    period.getStartDate(),
                    period.getEndDate(),
                    period.getDueDate(),
                    window.extendedTo(),
                    period.isOpen(),
                    report == null ? null : report.getId(),
                    report == null ? null : report.getState(),
                    lock,
                    canStart,
                    canEdit,
                    prefillFrom,
                    timeliness,
                    queue(report, canStart || canEdit, window.effectiveDue(), today),
                    report != null && report.getState() == ReportState.RETURNED ? report.getReviewComment() : null,
                    (canStart || canEdit) && !today.isAfter(window.effectiveDue())
                            ? days.until(today, window.effectiveDue())
                            : null));
        }
        return new UnitReports(unit.displayName(), unit.getId(), rows);
    }

    private static ReportViews.Queue queue(StatusReport report, boolean canAct, LocalDate due, LocalDate today) {
        if (report != null && report.getState() == ReportState.RETURNED) {
            return ReportViews.Queue.RETURNED;
        }
        if (canAct && !due.isAfter(today.plusDays(CURRENT_DAYS))) {
            return ReportViews.Queue.CURRENT;
        }
        return ReportViews.Queue.OTHER;
    }

    /** The read-only page of a report: its figures beside the previous approved report's, comments, evidence. */
    ReportPage page(Long id, CurrentUser user) {
        StatusReport report = access.readable(id, user);
        Context context = access.context(report, user);
        Map<ReportField, Object> values = access.sections(report).values();
        Optional<Previous> previous = access.previousApproved(report.getUnitId(), context.period());
        boolean sameLength = previous.map(p -> p.sameLength(context.period())).orElse(false);
        List<SectionRows> sections = new ArrayList<>();
        for (ReportField.Section section : ReportField.Section.values()) {
            List<ValueRow> rows = new ArrayList<>();
            for (ReportField field : section.fields()) {
                boolean comparable = previous.isPresent() && (!field.flow() || sameLength);
                rows.add(valueRow(
                        field,
                        values.get(field),
                        comparable ? previous.get().values().get(field) : null,
                        comparable));
            }
            sections.add(new SectionRows(section, rows));
        }
        List<HistoryLine> history = context.actor() == ReportActor.STAFF
                ? audit.historyOf(ReportAccess.ENTITY, report.getId()).stream()
                        .map(e -> new HistoryLine(
                                e.getOccurredAt(), e.getActor(), e.getAction(), e.getSummary(), e.getDetails()))
                        .toList()
                : List.of();
        Map<String, CommentedField> fields = fieldsOf(context.period());
        return new ReportPage(
                header(report, context),
                context.perms(),
                sections,
                previous.map(p -> PeriodLabel.of(p.period())).orElse(null),
                Warning.decodeAll(report.getAcknowledgedWarnings()),
                commentViews(report, fields),
                context.perms().can(ReportAction.VIEW_EVIDENCE) ? attachmentViews(report.getId()) : null,
                history,
                changes(report, values),
                context.actor() == ReportActor.STAFF,
                fields);
    }

    /**
     * What changed since the last submission and since the last approval. A submitted report is compared with the
     * submission before this one (what the reviewer saw last time), an approved one with nothing (it is what was
     * approved).
     */
    private List<ReportViews.Changes> changes(StatusReport report, Map<ReportField, Object> values) {
        List<ReportViews.Changes> changes = new ArrayList<>();
        List<ReportSnapshot> submissions =
                snapshots.findTop2ByReportIdAndKindOrderByTakenAtDescIdDesc(report.getId(), ReportSnapshot.Kind.SUBMIT);
        int skip = report.getState() == ReportState.SUBMITTED ? 1 : 0;
        if (submissions.size() > skip) {
            changes.add(changesSince(submissions.get(skip), values));
        }
        if (report.getState() != ReportState.APPROVED) {
            snapshots
                    .findTop2ByReportIdAndKindOrderByTakenAtDescIdDesc(report.getId(), ReportSnapshot.Kind.APPROVE)
                    .stream()
                    .findFirst()
                    .ifPresent(s -> changes.add(changesSince(s, values)));
        }
        return changes;
    }

    private ReportViews.Changes changesSince(ReportSnapshot snapshot, Map<ReportField, Object> values) {
        Map<ReportField, Object> before = snapshot.values();
        List<ReportViews.Change> rows = new ArrayList<>();
        for (ReportField field : ReportField.values()) {
            if (differs(field, before.get(field), values.get(field))) {
                rows.add(new ReportViews.Change(field, cell(field, before.get(field)), cell(field, values.get(field))));
            }
        }
        return new ReportViews.Changes(
                "report.changes.since." + snapshot.getKind().name(),
                snapshot.getTakenAt(),
                snapshot.getTakenBy(),
                rows);
    }

    /** Around the edit form: the header, the previous approved figures as hints, the evidence, the comments. */
    EditContext editContext(Long id, CurrentUser user) {
        StatusReport report = access.readable(id, user);
        Context context = access.context(report, user);
        Optional<Previous> previous = access.previousApproved(report.getUnitId(), context.period());
        boolean sameLength = previous.map(p -> p.sameLength(context.period())).orElse(false);
        Map<String, Cell> hints = new LinkedHashMap<>();
        previous.ifPresent(p -> p.values().forEach((field, value) -> {
            if (!field.flow() || sameLength) {
                hints.put(field.property(), cell(field, value));
            }
        }));
        Map<String, CommentedField> fields = fieldsOf(context.period());
        return new EditContext(
                header(report, context),
                context.perms(),
                previous.map(p -> PeriodLabel.of(p.period())).orElse(null),
                hints,
                context.perms().can(ReportAction.VIEW_EVIDENCE) ? attachmentViews(report.getId()) : List.of(),
                commentViews(report, fields),
                fields);
    }

    /** The figures currently stored, as shown, for the fields where they differ from {@code typed}. */
    Map<String, Cell> storedWhereDifferent(Long id, ReportForm typed, CurrentUser user) {
        StatusReport report = access.readable(id, user);
        Map<ReportField, Object> stored = access.sections(report).values();
        Map<ReportField, Object> mine = typed.values();
        Map<String, Cell> different = new LinkedHashMap<>();
        for (ReportField field : ReportField.values()) {
            if (!Objects.equals(stored.get(field), mine.get(field))) {
                different.put(field.property(), cell(field, stored.get(field)));
            }
        }
        return different;
    }

    private ReportHeader header(StatusReport r, Context context) {
        Unit unit = units.get(r.getUnitId());
        return new ReportHeader(
                r.getId(),
                r.getVersion(),
                r.getUnitId(),
                unit.displayName(),
                PeriodLabel.of(context.period()),
                r.getState(),
                context.period().getDueDate(),
                context.window().extendedTo(),
                context.period().isOpen(),
                r.getCreatedAt(),
                r.getCreatedBy(),
                r.getUpdatedAt(),
                r.getUpdatedBy(),
                r.getSubmittedAt(),
                r.getSubmittedBy(),
                r.getFirstSubmittedOn(),
                r.getReturnedAt(),
                r.getReturnedBy(),
                r.getApprovedAt(),
                r.getApprovedBy(),
                r.getReopenedAt(),
                r.getReopenedBy(),
                r.getReviewComment(),
                board.timelinessOf(r.getUnitId()).get(r.getPeriodId()));
    }

    /**
     * The review history; a comment on a field names it, and is {@code earlier} when made before the latest submission
     * (about figures sent again since).
     */
    private List<CommentView> commentViews(StatusReport report, Map<String, CommentedField> fields) {
        Instant submitted = report.getSubmittedAt();
        return comments.findByReportIdOrderByCreatedAtAscIdAsc(report.getId()).stream()
                .map(c -> new CommentView(
                        c.kindKey(),
                        c.getAuthor(),
                        c.getCreatedAt(),
                        c.getBody(),
                        c.getFieldKey() == null
                                ? null
                                : fields.getOrDefault(c.getFieldKey(), new CommentedField(c.getFieldKey(), null, null)),
                        submitted != null && c.getCreatedAt().isBefore(submitted)))
                .toList();
    }

    /** The fields of a report of the period, in form order, by key. */
    private Map<String, CommentedField> fieldsOf(ReportingPeriod period) {
        return CommentedField.all(extraValues.fieldsIn(period.getYear()));
    }

    private List<AttachmentView> attachmentViews(Long reportId) {
        return attachments.findByReportIdOrderByUploadedAtAscIdAsc(reportId).stream()
                .map(a -> {
                    EvidenceType type = EvidenceType.byContentType(a.getContentType());
                    return new AttachmentView(
                            a.getId(),
                            a.getFileName(),
                            type == null ? "report.attachment.type.OTHER" : type.messageKey(),
                            a.getSizeBytes(),
                            a.getSha256(),
                            a.getUploadedBy(),
                            a.getUploadedAt());
                })
                .toList();
    }

    private ValueRow valueRow(ReportField field, Object current, Object previous, boolean comparable) {
        Cell now = cell(field, current);
        if (!comparable) {
            return new ValueRow(field, now, null, null, null, false, false);
        }
        Cell before = cell(field, previous);
        boolean changed = differs(field, current, previous);
        BigDecimal delta = null;
        BigDecimal share = null;
        boolean remarkable = false;
        if (field.numeric() && current != null && previous != null) {
            BigDecimal a = new BigDecimal(previous.toString());
            delta = new BigDecimal(current.toString()).subtract(a);
            if (a.signum() != 0 && delta.signum() != 0) {
                share = delta.divide(a, MathContext.DECIMAL64);
                remarkable = share.abs().compareTo(ReportRules.BIG_CHANGE) > 0
                        && delta.abs().compareTo(ReportRules.SMALL_DIFFERENCE) > 0;
            }
        }
        return new ValueRow(field, now, before, delta, share, changed, remarkable);
    }

    /** Whether two values of a field differ (10.00 equals 10; a blank tick equals "no"). */
    private static boolean differs(ReportField field, Object a, Object b) {
        return !Objects.equals(ReportField.normalise(a), ReportField.normalise(b))
                && !(field.kind() == ReportField.Kind.CHECK && Boolean.TRUE.equals(a) == Boolean.TRUE.equals(b));
    }

    /** A value as shown on the pages. */
    Cell cell(ReportField field, Object value) {
        if (value == null) {
            return field.kind() == ReportField.Kind.CHECK ? new Cell(null, "common.no") : Cell.BLANK;
        }
        return switch (field.kind()) {
            case COUNT, DECIMAL -> new Cell(fmt.number((Number) value), null);
            case YEAR -> new Cell(String.valueOf(value), null);
            case DATE -> new Cell(fmt.date((LocalDate) value), null);
            case YES_NO, CHECK -> new Cell(null, Boolean.TRUE.equals(value) ? "common.yes" : "common.no");
        };
    }
}
