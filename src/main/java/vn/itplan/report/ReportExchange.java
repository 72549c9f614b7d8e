package vn.itplan.report;

import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.security.CurrentUser;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.Problem;

/**
 * Reports for other features (the JSON API): listed, read, started, changed, submitted and reviewed through the very
 * services the report pages use ({@link ReportSubmissions}, {@link ReportAccess}, {@link ReportWorkflow}), so that
 * who may do what, the period locks, the rules and the audit trail are the pages' own. Figures are exchanged by
 * their property names ({@link ReportField#property()}), in form order.
 */
@RequiredArgsConstructor
@Service
@Transactional
public class ReportExchange {

    public static final int MAX_PAGE_SIZE = 200;

    private final ReportSubmissions submissions;
    private final ReportAccess access;
    private final ReportExchangeQueries queries;
    private final Validator validator;
    private final UnitService units;
    private final StatusReportRepository statusReports;

    public record ReportSummary(
            Long id,
            Long unitId,
            String unitCode,
            String unitName,
            Long periodId,
            ReportState state,
            long version,
            Instant updatedAt,
            Instant submittedAt,
            Instant approvedAt) {}

    /** A report and its figures (property → value; null for a blank). */
    public record ReportData(ReportSummary report, Map<String, Object> values) {}

    /** What a submission came to; when not submitted, the figures were saved as a draft (as on the page). */
    public record Submission(boolean submitted, List<Problem> problems, List<Warning> warnings, ReportData report) {}

    /** Reports the user may see, newest period first; a unit admin sees their unit's, a leader approved ones. */
    @Transactional(readOnly = true)
    public Page<ReportSummary> list(
            Long periodId, Long unitId, String unitCode, ReportState state, int page, int size, CurrentUser user) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(page, 0);
        ReportActor actor = ReportActor.of(user.role());
        Long scopedUnit = unitId;
        ReportState scopedState = state;
        if (actor == ReportActor.UNIT) {
            if (unitId != null && !unitId.equals(user.unitId())) {
                return Page.empty(PageRequest.of(pageNumber, pageSize));
            }
            scopedUnit = user.unitId();
        } else if (actor == ReportActor.LEADER) {
            if (state != null && state != ReportState.APPROVED) {
                return Page.empty(PageRequest.of(pageNumber, pageSize));
            }
            scopedState = ReportState.APPROVED;
        }
        ReportExchangeQueries.Filter filter =
                new ReportExchangeQueries.Filter(periodId, scopedUnit, blankToNull(unitCode), scopedState);
        long total = queries.count(filter);
        List<ReportSummary> rows = total == 0 ? List.of() : queries.page(filter, pageNumber * pageSize, pageSize);
        return new PageImpl<>(rows, PageRequest.of(pageNumber, pageSize), total);
    }

    @Transactional(readOnly = true)
    public ReportData get(Long id, CurrentUser user) {
        StatusReport report = access.readable(id, user);
        return data(report);
    }

    /** A report started, or found already started ({@code created} false). */
    public record Started(boolean created, ReportData report) {}

    /** The unit admin starts their unit's report of a period (or gets the one already started). */
    public Started start(Long periodId, boolean prefill, CurrentUser user) {
        ReportAccess.requireUnitAdmin(user);
        boolean existed =
                statusReports.findByUnitIdAndPeriodId(user.unitId(), periodId).isPresent();
        Long id = submissions.start(periodId, prefill, user);
        return new Started(!existed, get(id, user));
    }

    /**
     * Sets the figures given (property → value; the others keep theirs) on a draft or returned report, checked as
     * the form checks them; {@code version} is the one the caller read (a stale one is a conflict).
     */
    public ReportData update(Long id, Long version, Map<String, Object> values, CurrentUser user) {
        ReportForm form = formWith(id, version, values, user);
        submissions.save(id, form, user);
        return get(id, user);
    }

    /** Saves the figures given, then submits if the hard rules pass and every warning is in {@code acknowledged}. */
    public Submission submit(
            Long id,
            Long version,
            Map<String, Object> values,
            List<String> acknowledged,
            String note,
            CurrentUser user) {
        ReportForm form = formWith(id, version, values, user);
        form.setAcknowledged(acknowledged == null ? new ArrayList<>() : new ArrayList<>(acknowledged));
        form.setNote(note);
        ReportSubmissions.SubmitOutcome outcome = submissions.submit(id, form, user);
        List<Problem> problems = outcome.problems().stream()
                .map(p -> Problem.field(p.field().property(), p.messageKey(), p.args()))
                .toList();
        boolean submitted = outcome.status() == ReportSubmissions.SubmitOutcome.Status.SUBMITTED;
        return new Submission(submitted, problems, submitted ? List.of() : outcome.warnings(), get(id, user));
    }

    /** Approve, return (with a comment) or reopen (with a reason): staff only, as on the report page. */
    public ReportData review(Long id, ReportAction action, Long version, String comment, CurrentUser user) {
        ReviewForm form = new ReviewForm();
        form.setVersion(version);
        form.setComment(comment);
        submissions.review(id, action, form, user);
        return get(id, user);
    }

    private ReportForm formWith(Long id, Long version, Map<String, Object> values, CurrentUser user) {
        ReportForm form = submissions.form(id, user);
        if (version != null) {
            form.setVersion(version);
        }
        if (values != null && !values.isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            Map<ReportField, Object> typed = new EnumMap<>(ReportField.class);
            values.forEach((property, raw) -> {
                ReportField field = ReportField.byProperty(property);
                if (field == null) {
                    problems.add(Problem.field(property, "exchange.value.unknownField"));
                    return;
                }
                try {
                    typed.put(field, ReportValues.convert(field, raw));
                } catch (ReportValues.BadValue e) {
                    problems.add(Problem.field(property, e.messageKey()));
                }
            });
            ReportValues.apply(form, typed);
            problems.addAll(ReportValues.validate(validator, form));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        return form;
    }

    ReportData data(StatusReport report) {
        Map<String, Object> values = new LinkedHashMap<>();
        access.sections(report).values().forEach((field, value) -> values.put(field.property(), value));
        return new ReportData(summary(report), values);
    }

    private ReportSummary summary(StatusReport report) {
        Unit unit = units.get(report.getUnitId());
        return new ReportSummary(
                report.getId(),
                report.getUnitId(),
                unit.getCode(),
                unit.getName(),
                report.getPeriodId(),
                report.getState(),
                report.getVersion(),
                report.getUpdatedAt(),
                report.getSubmittedAt(),
                report.getApprovedAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
