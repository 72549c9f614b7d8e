package vn.itplan.report;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import vn.itplan.report.ReportWorkflow.ActionNotAllowedException;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.Flash;

/**
 * An action the state or the period lock forbids (submitting a report already submitted from a page left open,
 * editing after the period closed) goes back to the report with the reason, not to an error page.
 */
@RequiredArgsConstructor
@ControllerAdvice(assignableTypes = {ReportController.class, AttachmentController.class})
class ReportErrorAdvice {

    private final DisplayFormat fmt;

    @ExceptionHandler(ActionNotAllowedException.class)
    String notAllowedNow(ActionNotAllowedException e, HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object id = variables instanceof Map<?, ?> map ? map.get("id") : null;
        String target = id == null ? "/reports" : "/reports/" + id;
        Flash.error(request, e.lock().messageKey(), fmt.date(e.lock().date()));
        return "redirect:" + target;
    }
}
