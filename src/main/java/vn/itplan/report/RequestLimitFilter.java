package vn.itplan.report;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import vn.itplan.web.Flash;

/**
 * Requests too large to read, answered before the security filters (which read the CSRF token and so make the
 * server parse the body):
 * <ul>
 * <li>an evidence upload whose declared length is over the multipart limit goes straight back to its report with
 * the message any file over 10 MB gets (nothing is read or stored; the report page itself still checks who may
 * see it). Without a session there is no one to carry a message to: the answer is a bare 413, and no session is
 * created for it;</li>
 * <li>any other post the server refuses to parse (a form over {@code server.tomcat.max-http-form-post-size}, a
 * part header over {@code server.tomcat.max-part-header-size}, too many parameters) gets the portal's error page
 * with the server's status (413 for sizes), and one line in the log instead of a stack trace.</li>
 * </ul>
 */
@Component
class RequestLimitFilter extends OncePerRequestFilter implements Ordered {

    /** Spring Security's filter chain is registered at -100. */
    static final int ORDER = -101;

    private static final Pattern EVIDENCE_UPLOAD = Pattern.compile("^/reports/(\\d+)/attachments/?$");
    private static final Logger LOG = LoggerFactory.getLogger(RequestLimitFilter.class);

    private final long maxRequestBytes;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    RequestLimitFilter(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Matcher upload = EVIDENCE_UPLOAD.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (upload.matches() && maxRequestBytes > 0 && request.getContentLengthLong() > maxRequestBytes) {
            response.setHeader("Connection", "close");
            if (request.getSession(false) == null) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            String target = request.getContextPath() + "/reports/" + upload.group(1) + "/edit";
            FlashMap flash = new FlashMap();
            flash.put(
                    Flash.ATTRIBUTE, Flash.errorMessage("report.attachment.tooLarge", AttachmentService.MAX_MEGABYTES));
            flash.setTargetRequestPath(target);
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(target + "#evidence");
            return;
        }
        try {
            request.getParameterMap();
        } catch (InvalidParameterException e) {
            int status = e.getErrorCode() > 0 ? e.getErrorCode() : HttpServletResponse.SC_BAD_REQUEST;
            LOG.info("Refused {} {} with {}: {}", request.getMethod(), request.getRequestURI(), status, e.getMessage());
            response.setHeader("Connection", "close");
            showErrorPage(request, response, status);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The portal's error page, rendered as for a GET without parameters: the request's own parameters cannot be
     * read, and every filter on the way would try again.
     */
    private static void showErrorPage(HttpServletRequest request, HttpServletResponse response, int status)
            throws ServletException, IOException {
        HttpServletRequest unreadable = new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }
        };
        unreadable.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        unreadable.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(status);
        request.getRequestDispatcher("/error").forward(unreadable, response);
    }
}
