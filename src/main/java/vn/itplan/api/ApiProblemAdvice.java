package vn.itplan.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.itplan.report.ReportWorkflow.ActionNotAllowedException;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.Problem;
import vn.itplan.web.StaleEditException;

/**
 * The one error shape of {@code /api/**}: RFC 9457 problem details ({@code application/problem+json}) with
 * {@code code} (the message key), {@code detail} (its text in the request's language) and, for input, {@code errors}
 * (field, code, message). 404 for what does not exist or is not the user's (another unit's report), 403 for a role,
 * 409 for a stale version or a state/period that forbids the action now, 422 for input, 400 for a malformed request
 * (Spring MVC's own exceptions, handled by {@link ResponseEntityExceptionHandler}). The refusals of the security
 * filters (401, 403) have the same shape ({@code security.ApiProblems}).
 */
@Slf4j
@RequiredArgsConstructor
@RestControllerAdvice(basePackages = "vn.itplan.api")
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private final MessageSource messages;
    private final DisplayFormat fmt;

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "api.notFound", request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "security.api.forbidden", request);
    }

    @ExceptionHandler({StaleEditException.class, OptimisticLockingFailureException.class})
    ProblemDetail stale(RuntimeException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "api.conflict", request);
    }

    @ExceptionHandler(ActionNotAllowedException.class)
    ProblemDetail notAllowedNow(ActionNotAllowedException e, HttpServletRequest request) {
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT,
                e.lock().messageKey(),
                request,
                e.lock().date() == null ? "" : fmt.date(e.lock().date()));
        problem.setProperty("state", e.state().name());
        problem.setProperty("action", e.action().name());
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.invalid", request);
        problem.setProperty("errors", errors(e.problems()));
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("API request failed: {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.unexpected", request);
    }

    /** The problems of an input as {@code errors}: field (null for the whole request), code, message. */
    List<Map<String, Object>> errors(List<Problem> problems) {
        return problems.stream()
                .map(p -> {
                    Map<String, Object> error = new java.util.LinkedHashMap<>();
                    error.put("field", p.field());
                    error.put("code", p.messageKey());
                    error.put("message", text(p.messageKey(), p.args()));
                    return error;
                })
                .toList();
    }

    ProblemDetail problem(HttpStatus status, String code, HttpServletRequest request, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(code, args));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        return problem;
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
