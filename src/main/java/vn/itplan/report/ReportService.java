package vn.itplan.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.report.ReportViews.AttachmentView;
import vn.itplan.report.ReportViews.Cell;
import vn.itplan.report.ReportViews.CommentView;
import vn.itplan.report.ReportViews.EditContext;
import vn.itplan.report.ReportViews.HistoryLine;
import vn.itplan.report.ReportViews.ReportHeader;
import vn.itplan.report.ReportViews.ReportPage;
import vn.itplan.report.ReportViews.SectionRows;
import vn.itplan.report.ReportViews.UnitPeriodRow;
import vn.itplan.report.ReportViews.UnitReports;
import vn.itplan.report.ReportViews.ValueRow;
import vn.itplan.report.ReportWorkflow.ActionNotAllowedException;
import vn.itplan.report.ReportWorkflow.Lock;
import vn.itplan.report.ReportWorkflow.Permissions;
import vn.itplan.report.ReportWorkflow.Window;
import vn.itplan.security.CurrentUser;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.StaleEditException;

/**
 * Status reports: who may see which (scoping, decided here from the signed-in user, never from a request), the
 * unit's list, start, save and submit, and the staff's review. Every change is audited in its transaction.
 */
@Service
@Transactional
class ReportService {

    static final String ENTITY = "StatusReport";
    /** Units outside the reporting list (inactive, or not among those expected to report) start no report. */
    static final Lock NOT_EXPECTED = new Lock("report.lock.notExpected", null);
    private static final int ACKNOWLEDGED_LENGTH = 4000;
    private static final int COMMENT_LENGTH = 2000;

    private final StatusReportRepository reports;
    private final InfrastructureInventoryRepository infrastructures;
    private final EmailAdoptionRepository emails;
    private final EofficeAdoptionRepository eoffices;
    private final PublicServicesRepository services;
    private final ReportCommentRepository comments;
    private final ReportAttachmentRepository attachments;
    private final DeadlineExtensionRepository extensions;
    private final PeriodService periods;
    private final UnitService units;
    private final AuditService audit;
    private final DisplayFormat fmt;
    private final Clock clock;

    ReportService(StatusReportRepository reports, InfrastructureInventoryRepository infrastructures,
                  EmailAdoptionRepository emails, EofficeAdoptionRepository eoffices, PublicServicesRepository services,
                  ReportCommentRepository comments, ReportAttachmentRepository attachments,
                  DeadlineExtensionRepository extensions, PeriodService periods, UnitService units,
                  AuditService audit, DisplayFormat fmt, Clock clock) {
        this.reports = reports;
        this.infrastructures = infrastructures;
        this.emails = emails;
        this.eoffices = eoffices;
        this.services = services;
        this.comments = comments;
        this.attachments = attachments;
        this.extensions = extensions;
        this.periods = periods;
        this.units = units;
        this.audit = audit;
        this.fmt = fmt;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ scoping

    /**
     * The report if the user may see it: staff see every report, a unit admin only their own unit's, a leader
     * only approved ones. Anything else is "not found", exactly like a report that does not exist.
     */
    StatusReport readable(Long id, CurrentUser user) {
        StatusReport report = reports.findById(id).orElseThrow(() -> new NotFoundException("report", id));
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
    }

    Context context(StatusReport report, CurrentUser user) {
        ReportingPeriod period = periods.get(report.getPeriodId());
        Window window = window(report.getUnitId(), period);
        ReportActor actor = ReportActor.of(user.role());
        LocalDate today = today();
        return new Context(period, window, actor, ReportWorkflow.permissions(report.getState(), actor, window, today),
                today);
    }

    private Window window(Long unitId, ReportingPeriod period) {
        LocalDate extendedTo = extensions.findByUnitIdAndPeriodId(unitId, period.getId())
                .map(DeadlineExtension::getExtendedTo).orElse(null);
        return new Window(period.isOpen(), period.getDueDate(), extendedTo);
    }

    private static void requireUnitAdmin(CurrentUser user) {
        if (ReportActor.of(user.role()) != ReportActor.UNIT || user.unitId() == null) {
            throw new AccessDeniedException("only a unit administrator writes reports");
        }
    }

    // ------------------------------------------------------------------ the unit's list

    /** Every period with the unit's report in it, or whether it can be started and from which earlier report. */
    @Transactional(readOnly = true)
    UnitReports unitReports(CurrentUser user) {
        requireUnitAdmin(user);
        Unit unit = units.get(user.unitId());
        List<ReportingPeriod> all = periods.findAll();
        Map<Long, ReportingPeriod> periodsById = all.stream()
                .collect(Collectors.toMap(ReportingPeriod::getId, Function.identity()));
        Map<Long, StatusReport> byPeriod = reports.findByUnitId(unit.getId()).stream()
                .collect(Collectors.toMap(StatusReport::getPeriodId, Function.identity()));
        Map<Long, LocalDate> extended = extensions.findByUnitId(unit.getId()).stream()
                .collect(Collectors.toMap(DeadlineExtension::getPeriodId, DeadlineExtension::getExtendedTo));
        List<ReportingPeriod> approvedPeriods = byPeriod.values().stream()
                .filter(r -> r.getState() == ReportState.APPROVED)
                .map(r -> periodsById.get(r.getPeriodId())).filter(Objects::nonNull).toList();
        LocalDate today = today();
        boolean expected = unit.isActive() && unit.isReporting();
        List<UnitPeriodRow> rows = new ArrayList<>();
        for (ReportingPeriod period : all) {
            Window window = new Window(period.isOpen(), period.getDueDate(), extended.get(period.getId()));
            StatusReport report = byPeriod.get(period.getId());
            Timeliness timeliness = Timeliness.of(report == null ? null : report.getFirstSubmittedOn(),
                    window.effectiveDue(), today);
            if (report == null) {
                Lock lock = expected ? ReportWorkflow.startLock(window, today) : NOT_EXPECTED;
                rows.add(new UnitPeriodRow(PeriodLabel.of(period), period.getStartDate(), period.getEndDate(),
                        period.getDueDate(), window.extendedTo(), period.isOpen(), null, null, lock, lock == null,
                        false, PeriodLabel.of(previousPeriod(period, approvedPeriods).orElse(null)), timeliness));
            } else {
                Permissions perms = ReportWorkflow.permissions(report.getState(), ReportActor.UNIT, window, today);
                rows.add(new UnitPeriodRow(PeriodLabel.of(period), period.getStartDate(), period.getEndDate(),
                        period.getDueDate(), window.extendedTo(), period.isOpen(), report.getId(), report.getState(),
                        perms.lock(), false, perms.can(ReportAction.EDIT), null, timeliness));
            }
        }
        return new UnitReports(unit.displayName(), rows);
    }

    // ------------------------------------------------------------------ start, save, submit

    /**
     * Starts the unit's report for a period (or returns the one already started), optionally with the figures of
     * the unit's last approved report; figures counted over a period (documents) are never copied.
     */
    Long start(Long periodId, boolean prefill, CurrentUser user) {
        requireUnitAdmin(user);
        ReportingPeriod period = periods.get(periodId);
        Optional<StatusReport> existing = reports.findByUnitIdAndPeriodId(user.unitId(), periodId);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        Unit unit = units.get(user.unitId());
        Window window = window(user.unitId(), period);
        Lock lock = unit.isActive() && unit.isReporting() ? ReportWorkflow.startLock(window, today()) : NOT_EXPECTED;
        if (lock != null) {
            throw new ActionNotAllowedException(lock, ReportAction.EDIT, ReportState.DRAFT);
        }
        StatusReport report = reports.saveAndFlush(new StatusReport(user.unitId(), periodId, user.username(), now()));
        ReportSections sections = ReportSections.blank(report);
        String summary = "unit " + user.unitId() + ", period " + describe(period);
        String details = null;
        if (prefill) {
            Optional<Previous> previous = previousApproved(user.unitId(), period);
            if (previous.isPresent()) {
                Map<ReportField, Object> copied = new EnumMap<>(ReportField.class);
                previous.get().values().forEach((field, value) -> {
                    if (!field.flow() && value != null) {
                        copied.put(field, value);
                    }
                });
                sections.setAll(copied);
                summary += ", prefilled from report " + previous.get().report().getId() + " ("
                        + describe(previous.get().period()) + ")";
                details = copied.entrySet().stream().map(e -> e.getKey().property() + ": " + text(e.getValue()))
                        .collect(Collectors.joining("\n"));
            }
        }
        saveSections(sections);
        audit.record(user.username(), "REPORT_CREATED", ENTITY, report.getId(), summary, details);
        return report.getId();
    }

    /** The form as stored, for the edit page. */
    @Transactional(readOnly = true)
    ReportForm form(Long id, CurrentUser user) {
        StatusReport report = readable(id, user);
        return ReportForm.of(sections(report).values(), report.getVersion());
    }

    /** Saves the figures as typed (a draft may be partial); returns the report's new version. */
    long save(Long id, ReportForm form, CurrentUser user) {
        StatusReport report = readable(id, user);
        Context context = context(report, user);
        ReportWorkflow.check(report.getState(), ReportAction.EDIT, context.actor(), context.window(), context.today());
        return saveFigures(report, form, user);
    }

    /** What became of a submission. */
    record SubmitOutcome(Status status, List<ReportRules.Problem> problems, List<Warning> warnings, long version) {

        enum Status { SUBMITTED, BLOCKED, NEEDS_ACKNOWLEDGEMENT }
    }

    /**
     * Saves the figures, then submits them if the hard rules pass and every soft warning has been acknowledged.
     * When they do not, the figures stay saved as a draft and the outcome says what to fix or to confirm.
     */
    SubmitOutcome submit(Long id, ReportForm form, CurrentUser user) {
        StatusReport report = readable(id, user);
        Context context = context(report, user);
        ReportWorkflow.check(report.getState(), ReportAction.SUBMIT, context.actor(), context.window(), context.today());
        long version = saveFigures(report, form, user);
        Map<ReportField, Object> values = form.values();
        List<ReportRules.Problem> problems = ReportRules.submissionProblems(values, context.today());
        if (!problems.isEmpty()) {
            return new SubmitOutcome(SubmitOutcome.Status.BLOCKED, problems, List.of(), version);
        }
        Optional<Previous> previous = previousApproved(report.getUnitId(), context.period());
        List<Warning> warnings = ReportRules.warnings(values, previous.map(Previous::values).orElse(null),
                previous.map(p -> p.period().getKind() == context.period().getKind()).orElse(false));
        Set<String> acknowledged = new HashSet<>(form.getAcknowledged() == null ? List.of() : form.getAcknowledged());
        if (warnings.stream().anyMatch(w -> !acknowledged.contains(w.code()))) {
            return new SubmitOutcome(SubmitOutcome.Status.NEEDS_ACKNOWLEDGEMENT, List.of(), warnings, version);
        }
        ReportState from = report.getState();
        Instant now = now();
        report.setState(ReportAction.SUBMIT.target());
        report.setSubmittedAt(now);
        report.setSubmittedBy(user.username());
        if (report.getFirstSubmittedOn() == null) {
            report.setFirstSubmittedOn(context.today());
        }
        report.setAcknowledgedWarnings(encodeWithin(warnings));
        report.touch(user.username(), now);
        String note = trimToNull(form.getNote());
        if (note != null) {
            comments.save(new ReportComment(report.getId(), ReportComment.Kind.SUBMIT, user.username(), now, note));
        }
        List<String> details = new ArrayList<>();
        warnings.forEach(w -> details.add("acknowledged: " + w.encode()));
        if (note != null) {
            details.add("note: " + note);
        }
        audit.record(user.username(), "REPORT_SUBMITTED", ENTITY, report.getId(), from + " → " + report.getState(),
                details.isEmpty() ? null : String.join("\n", details));
        reports.flush();
        return new SubmitOutcome(SubmitOutcome.Status.SUBMITTED, List.of(), warnings, report.getVersion());
    }

    private long saveFigures(StatusReport report, ReportForm form, CurrentUser user) {
        StaleEditException.check("report", report.getId(), form.getVersion(), report.getVersion());
        ReportSections sections = sections(report);
        Map<ReportField, Object> before = sections.values();
        Map<ReportField, Object> after = form.values();
        List<String> changes = new ArrayList<>();
        for (ReportField field : ReportField.values()) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changes.add(field.property() + ": " + text(before.get(field)) + " → " + text(after.get(field)));
            }
        }
        if (!changes.isEmpty()) {
            sections.setAll(after);
            saveSections(sections);
            report.touch(user.username(), now());
            audit.record(user.username(), "REPORT_SAVED", ENTITY, report.getId(),
                    changes.size() + " field(s) changed", String.join("\n", changes));
            reports.flush();
        }
        return report.getVersion();
    }

    // ------------------------------------------------------------------ review

    /** Approve, return (a comment is required) or reopen (a reason is required) a report. */
    void review(Long id, ReportAction action, ReviewForm form, CurrentUser user) {
        if (action != ReportAction.APPROVE && action != ReportAction.RETURN && action != ReportAction.REOPEN) {
            throw new IllegalArgumentException(action + " is not a review decision");
        }
        StatusReport report = readable(id, user);
        Context context = context(report, user);
        ReportState target = ReportWorkflow.transition(report.getState(), action, context.actor(), context.window(),
                context.today());
        StaleEditException.check("report", id, form.getVersion(), report.getVersion());
        String comment = trimToNull(form.getComment());
        if (action.commentRequired() && comment == null) {
            throw new InvalidInputException("comment", "report.review.commentRequired");
        }
        if (comment != null && comment.length() > COMMENT_LENGTH) {
            throw new InvalidInputException("comment", "report.review.commentTooLong", COMMENT_LENGTH);
        }
        ReportState from = report.getState();
        Instant now = now();
        report.setState(target);
        ReportComment.Kind kind;
        String auditAction;
        switch (action) {
            case APPROVE -> {
                report.setApprovedAt(now);
                report.setApprovedBy(user.username());
                kind = ReportComment.Kind.APPROVE;
                auditAction = "REPORT_APPROVED";
            }
            case RETURN -> {
                report.setReturnedAt(now);
                report.setReturnedBy(user.username());
                kind = ReportComment.Kind.RETURN;
                auditAction = "REPORT_RETURNED";
            }
            case REOPEN -> {
                report.setReopenedAt(now);
                report.setReopenedBy(user.username());
                kind = ReportComment.Kind.REOPEN;
                auditAction = "REPORT_REOPENED";
            }
            default -> throw new IllegalArgumentException(action.name());
        }
        report.setReviewComment(comment);
        report.touch(user.username(), now);
        if (comment != null) {
            comments.save(new ReportComment(report.getId(), kind, user.username(), now, comment));
        }
        audit.record(user.username(), auditAction, ENTITY, report.getId(), from + " → " + target,
                comment == null ? null : "comment: " + comment);
    }

    // ------------------------------------------------------------------ pages

    @Transactional(readOnly = true)
    ReportPage page(Long id, CurrentUser user) {
        StatusReport report = readable(id, user);
        Context context = context(report, user);
        Map<ReportField, Object> values = sections(report).values();
        Optional<Previous> previous = previousApproved(report.getUnitId(), context.period());
        boolean sameLength = previous.map(p -> p.period().getKind() == context.period().getKind()).orElse(false);
        List<SectionRows> sections = new ArrayList<>();
        for (ReportField.Section section : ReportField.Section.values()) {
            List<ValueRow> rows = new ArrayList<>();
            for (ReportField field : section.fields()) {
                boolean comparable = previous.isPresent() && (!field.flow() || sameLength);
                rows.add(valueRow(field, values.get(field),
                        comparable ? previous.get().values().get(field) : null, comparable));
            }
            sections.add(new SectionRows(section, rows));
        }
        List<HistoryLine> history = context.actor() == ReportActor.STAFF
                ? audit.historyOf(ENTITY, report.getId()).stream()
                        .map(e -> new HistoryLine(local(e.getOccurredAt()), e.getActor(), e.getAction(), e.getSummary(),
                                e.getDetails())).toList()
                : List.of();
        return new ReportPage(header(report, context), context.perms(), sections,
                previous.map(p -> PeriodLabel.of(p.period())).orElse(null),
                Warning.decodeAll(report.getAcknowledgedWarnings()), commentViews(report),
                context.perms().can(ReportAction.VIEW_EVIDENCE) ? attachmentViews(report.getId()) : null, history);
    }

    @Transactional(readOnly = true)
    EditContext editContext(Long id, CurrentUser user) {
        StatusReport report = readable(id, user);
        Context context = context(report, user);
        Optional<Previous> previous = previousApproved(report.getUnitId(), context.period());
        boolean sameLength = previous.map(p -> p.period().getKind() == context.period().getKind()).orElse(false);
        Map<String, Cell> hints = new LinkedHashMap<>();
        previous.ifPresent(p -> p.values().forEach((field, value) -> {
            if (!field.flow() || sameLength) {
                hints.put(field.property(), cell(field, value));
            }
        }));
        return new EditContext(header(report, context), context.perms(),
                previous.map(p -> PeriodLabel.of(p.period())).orElse(null), hints,
                context.perms().can(ReportAction.VIEW_EVIDENCE) ? attachmentViews(report.getId()) : List.of(),
                commentViews(report));
    }

    /** The figures currently stored, as shown, for the fields where they differ from {@code typed}. */
    @Transactional(readOnly = true)
    Map<String, Cell> storedWhereDifferent(Long id, ReportForm typed, CurrentUser user) {
        StatusReport report = readable(id, user);
        Map<ReportField, Object> stored = sections(report).values();
        Map<ReportField, Object> mine = typed.values();
        Map<String, Cell> different = new LinkedHashMap<>();
        for (ReportField field : ReportField.values()) {
            if (!Objects.equals(stored.get(field), mine.get(field))) {
                different.put(field.property(), cell(field, stored.get(field)));
            }
        }
        return different;
    }

    /** The current version of a report the user may see. */
    @Transactional(readOnly = true)
    long version(Long id, CurrentUser user) {
        return readable(id, user).getVersion();
    }

    private ReportHeader header(StatusReport r, Context context) {
        Unit unit = units.get(r.getUnitId());
        return new ReportHeader(r.getId(), r.getVersion(), r.getUnitId(), unit.displayName(),
                PeriodLabel.of(context.period()), r.getState(), context.period().getDueDate(),
                context.window().extendedTo(), context.period().isOpen(), local(r.getCreatedAt()), r.getCreatedBy(),
                local(r.getUpdatedAt()), r.getUpdatedBy(), local(r.getSubmittedAt()), r.getSubmittedBy(),
                r.getFirstSubmittedOn(), local(r.getReturnedAt()), r.getReturnedBy(), local(r.getApprovedAt()),
                r.getApprovedBy(), local(r.getReopenedAt()), r.getReopenedBy(), r.getReviewComment(),
                Timeliness.of(r.getFirstSubmittedOn(), context.window().effectiveDue(), context.today()));
    }

    private List<CommentView> commentViews(StatusReport report) {
        return comments.findByReportIdOrderByCreatedAtAscIdAsc(report.getId()).stream()
                .map(c -> new CommentView(c.kindKey(), c.getAuthor(), local(c.getCreatedAt()), c.getBody())).toList();
    }

    List<AttachmentView> attachmentViews(Long reportId) {
        return attachments.findByReportIdOrderByUploadedAtAscIdAsc(reportId).stream().map(a -> {
            EvidenceType type = EvidenceType.byContentType(a.getContentType());
            return new AttachmentView(a.getId(), a.getFileName(),
                    type == null ? "report.attachment.type.OTHER" : type.messageKey(), size(a.getSizeBytes()),
                    a.getSha256(), a.getUploadedBy(), local(a.getUploadedAt()));
        }).toList();
    }

    private ValueRow valueRow(ReportField field, Object current, Object previous, boolean comparable) {
        Cell now = cell(field, current);
        if (!comparable) {
            return new ValueRow(field, now, null, null, false, false);
        }
        Cell before = cell(field, previous);
        boolean changed = !Objects.equals(ReportField.normalise(current), ReportField.normalise(previous))
                && !(field.kind() == ReportField.Kind.CHECK && Boolean.TRUE.equals(current) == Boolean.TRUE.equals(previous));
        String change = null;
        boolean remarkable = false;
        if (field.numeric() && current != null && previous != null) {
            BigDecimal a = new BigDecimal(previous.toString());
            BigDecimal b = new BigDecimal(current.toString());
            BigDecimal delta = b.subtract(a);
            change = (delta.signum() > 0 ? "+" : delta.signum() < 0 ? "−" : "") + fmt.number(delta.abs());
            if (a.signum() != 0 && delta.signum() != 0) {
                BigDecimal share = delta.divide(a, MathContext.DECIMAL64);
                change += " (" + ReportRules.signedPercent(share) + ")";
                remarkable = share.abs().compareTo(ReportRules.BIG_CHANGE) > 0
                        && delta.abs().compareTo(ReportRules.SMALL_DIFFERENCE) > 0;
            }
        }
        return new ValueRow(field, now, before, change, changed, remarkable);
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

    // ------------------------------------------------------------------ the previous approved report

    /** The unit's latest approved report of a period that ended before this one began, with its figures. */
    record Previous(StatusReport report, ReportingPeriod period, Map<ReportField, Object> values) {
    }

    Optional<Previous> previousApproved(Long unitId, ReportingPeriod period) {
        Map<Long, ReportingPeriod> earlier = periods.findAll().stream()
                .filter(p -> p.getEndDate().isBefore(period.getStartDate()))
                .collect(Collectors.toMap(ReportingPeriod::getId, Function.identity()));
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        List<StatusReport> approved = reports.findByUnitIdAndStateAndPeriodIdIn(unitId, ReportState.APPROVED,
                earlier.keySet());
        Optional<ReportingPeriod> best = previousPeriod(period,
                approved.stream().map(r -> earlier.get(r.getPeriodId())).toList());
        return best.flatMap(p -> approved.stream().filter(r -> r.getPeriodId().equals(p.getId())).findFirst())
                .map(r -> new Previous(r, earlier.get(r.getPeriodId()), sections(r).values()));
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

    private void saveSections(ReportSections sections) {
        infrastructures.save(sections.infrastructure());
        emails.save(sections.email());
        eoffices.save(sections.eoffice());
        services.save(sections.services());
    }

    // ------------------------------------------------------------------ helpers

    Instant now() {
        return Instant.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }

    static String describe(ReportingPeriod period) {
        return period.getYear() + " " + period.getKind() + " " + period.getSeq();
    }

    private static String text(Object value) {
        return value == null ? "—" : value.toString();
    }

    static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    String size(long bytes) {
        if (bytes < 1024) {
            return fmt.number(bytes) + " B";
        }
        if (bytes < 1024 * 1024) {
            return fmt.number(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 1, java.math.RoundingMode.HALF_UP)) + " KB";
        }
        return fmt.number(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.HALF_UP)) + " MB";
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
