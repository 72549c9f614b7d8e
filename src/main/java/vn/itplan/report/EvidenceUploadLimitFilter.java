package vn.itplan.report;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An evidence upload larger than the multipart limit would fail inside Tomcat's parameter parsing, which the
 * security filters (reading the CSRF token) trigger before Spring MVC could turn it into a
 * MaxUploadSizeExceededException, and the user would get a bare 413. Runs just before the security filters: an
 * upload whose declared length is over the limit goes straight back to its report with the same message as any
 * file over 10 MB. Nothing is read or stored; the report page itself still checks who may see it.
 */
@Component
class EvidenceUploadLimitFilter extends OncePerRequestFilter implements Ordered {

    /** Spring Security's filter chain is registered at -100. */
    static final int ORDER = -101;
    private static final Pattern EVIDENCE_UPLOAD = Pattern.compile("^/reports/(\\d+)/attachments/?$");

    private final long maxRequestBytes;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    EvidenceUploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher upload = EVIDENCE_UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if ("POST".equals(request.getMethod()) && upload.matches() && maxRequestBytes > 0
                && request.getContentLengthLong() > maxRequestBytes) {
            String target = request.getContextPath() + "/reports/" + upload.group(1) + "/edit";
            FlashMap flash = new FlashMap();
            flash.put("flashErrorKey", "report.attachment.tooLarge");
            flash.put("flashErrorArgs", new Object[] {AttachmentService.MAX_BYTES / (1024 * 1024)});
            flash.setTargetRequestPath(target);
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.setHeader("Connection", "close");
            response.sendRedirect(target + "#evidence");
            return;
        }
        chain.doFilter(request, response);
    }
}
