package vn.itplan.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.itplan.api.ApiViews.FieldView;
import vn.itplan.api.ApiViews.ReportDetail;
import vn.itplan.api.ApiViews.ReportView;
import vn.itplan.report.ReportAction;
import vn.itplan.report.ReportExchange;
import vn.itplan.report.ReportField;
import vn.itplan.report.ReportState;
import vn.itplan.security.CurrentUser;

/**
 * {@code /api/v1/reports}: the same reports, rules and workflow as {@code /reports}, through
 * {@link ReportExchange}. A unit admin lists and reads their unit's reports, starts one, changes its figures
 * ({@code PATCH}, with the version read) and submits it; staff approve, return and reopen; leaders read approved
 * reports. Another unit's report is 404, as on the pages.
 */
@RequiredArgsConstructor
@RestController
@RequestMapping("/api/v1/reports")
class ApiReportController {

    private final ReportExchange reports;
    private final MessageSource messages;
    private final ApiProblemAdvice problems;

    record StartRequest(@NotNull Long periodId, Boolean prefill) {}

    record UpdateRequest(@NotNull Long version, Map<String, Object> values) {}

    record SubmitRequest(
            @NotNull Long version,
            Map<String, Object> values,
            List<String> acknowledged,
            @Size(max = 2000) String note) {}

    record ReviewRequest(
            @NotNull Long version, @Size(max = 2000) String comment) {}

    @GetMapping
    PageOf<ReportView> list(
            @RequestParam(required = false) Long period,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) ReportState state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return PageOf.of(reports.list(period, unit, unitCode, state, page, size, user), ReportView::of);
    }

    /** The figures a report has, in form order, with their label in the request's language. */
    @GetMapping("/fields")
    List<FieldView> fields() {
        Locale locale = LocaleContextHolder.getLocale();
        return Arrays.stream(ReportField.values())
                .map(f -> new FieldView(
                        f.property(),
                        f.section().name(),
                        f.kind().name(),
                        f.requiredToSubmit(),
                        messages.getMessage(f.labelKey(), null, f.property(), locale)))
                .toList();
    }

    @GetMapping("/{id}")
    ReportDetail get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return ReportDetail.of(reports.get(id, user));
    }

    /** A unit admin starts their unit's report of a period (201), or gets the one already started (200). */
    @PostMapping
    ResponseEntity<ReportDetail> start(
            @Valid @RequestBody StartRequest request, @AuthenticationPrincipal CurrentUser user) {
        ReportExchange.Started started =
                reports.start(request.periodId(), Boolean.TRUE.equals(request.prefill()), user);
        ReportDetail report = ReportDetail.of(started.report());
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/reports/" + report.report().id()))
                .body(report);
    }

    @PatchMapping("/{id}")
    ReportDetail update(
            @PathVariable Long id,
            @Valid @RequestBody UpdateRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return ReportDetail.of(reports.update(id, request.version(), request.values(), user));
    }

    /**
     * Saves the figures given and submits. 200 with the report when submitted; 422 when a hard rule fails
     * ({@code errors}) or a warning is not acknowledged ({@code warnings}, whose codes go into {@code acknowledged});
     * the figures are then saved as a draft and {@code version} is the new one.
     */
    @PostMapping("/{id}/submit")
    ResponseEntity<Object> submit(
            @PathVariable Long id,
            @Valid @RequestBody SubmitRequest request,
            @AuthenticationPrincipal CurrentUser user,
            HttpServletRequest http) {
        ReportExchange.Submission outcome =
                reports.submit(id, request.version(), request.values(), request.acknowledged(), request.note(), user);
        if (outcome.submitted()) {
            return ResponseEntity.ok(ReportDetail.of(outcome.report()));
        }
        boolean blocked = !outcome.problems().isEmpty();
        ProblemDetail problem = problems.problem(
                HttpStatus.UNPROCESSABLE_CONTENT, blocked ? "api.report.blocked" : "api.report.warnings", http);
        problem.setProperty("errors", problems.errors(outcome.problems()));
        problem.setProperty(
                "warnings",
                outcome.warnings().stream()
                        .map(w -> Map.of(
                                "code", w.code(),
                                "field", w.field() == null ? "" : w.field().property(),
                                "message", warningText(w)))
                        .toList());
        problem.setProperty("version", outcome.report().report().version());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @PostMapping("/{id}/{action:approve|return|reopen}")
    ReportDetail review(
            @PathVariable Long id,
            @PathVariable("action") String action,
            @Valid @RequestBody ReviewRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        ReportAction decision = ReportAction.valueOf(action.toUpperCase(Locale.ROOT));
        return ReportDetail.of(reports.review(id, decision, request.version(), request.comment(), user));
    }

    private String warningText(vn.itplan.report.Warning w) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = new Object[1 + w.args().size()];
        args[0] = messages.getMessage(w.fieldLabelKey(), null, "", locale);
        for (int i = 0; i < w.args().size(); i++) {
            args[i + 1] = w.args().get(i);
        }
        return messages.getMessage(w.messageKey(), args, w.messageKey(), locale);
    }
}
