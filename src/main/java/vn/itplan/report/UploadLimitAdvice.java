package vn.itplan.report;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.itplan.web.Flash;

/**
 * An upload larger than the multipart limit is refused before any controller runs, so this advice cannot be
 * limited to the report controllers: an evidence upload goes back to its report with a clear message; any other
 * upload gets the error page with 413. (With Tomcat, evidence uploads whose declared length is over the limit are
 * already answered by {@link RequestLimitFilter}; this covers the rest, e.g. a request without a length.)
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private static final Pattern EVIDENCE_UPLOAD = Pattern.compile("^/reports/(\\d+)/attachments/?$");

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher evidence = EVIDENCE_UPLOAD.matcher(path);
        if (evidence.matches()) {
            Flash.error(request, "report.attachment.tooLarge", AttachmentService.MAX_MEGABYTES);
            return new ModelAndView("redirect:/reports/" + evidence.group(1) + "/edit#evidence");
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        return page;
    }
}
