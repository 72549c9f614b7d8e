package vn.itplan.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.slf4j.MDC;
import org.springframework.web.filter.GenericFilterBean;

/**
 * The first filter of every request (before the session store, so that it also sees the session store's failures):
 * gives the request an id, in the log's MDC ({@value #MDC_KEY}: every line logged while the request runs carries
 * it), in the {@value #HEADER} response header and in the request attribute {@value #ATTRIBUTE} (the error page
 * shows it, so that a support call can find the request in the log). A proxy's {@value #HEADER} (nginx's
 * {@code $request_id}) is kept when it is a plain token.
 *
 * <p>It is also where a failure that nothing else handled ends: the database being unreachable becomes the 503 page
 * ({@link DatabaseOutage}); anything else is logged once at ERROR with its cause and the request id, and answered by
 * the portal's 500 page.
 */
@Slf4j
@RequiredArgsConstructor
class RequestIdFilter extends GenericFilterBean {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    static final String ATTRIBUTE = "requestId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseOutage outage;

    @Override
    public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String previous = MDC.get(MDC_KEY);
        String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known : newId(request);
        request.setAttribute(ATTRIBUTE, id);
        MDC.put(MDC_KEY, id);
        if (!response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error failure) {
            handle(request, response, failure);
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }

    private void handle(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException, ServletException {
        if (outage.explains(failure)) {
            log.warn(
                    "Database unavailable: {} {} answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    DatabaseOutage.rootMessage(failure));
            if (!response.isCommitted()) {
                outage.render(request, response);
            }
            return;
        }
        if (isClientAbort(failure)) {
            log.debug("Client went away: {} {}", request.getMethod(), request.getRequestURI());
            return;
        }
        log.error("Request failed: {} {}", request.getMethod(), request.getRequestURI(), failure);
        if (response.isCommitted() || request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST) {
            return;
        }
        response.reset();
        response.setHeader(HEADER, (String) request.getAttribute(ATTRIBUTE));
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }

    private static boolean isClientAbort(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
        }
        return false;
    }

    private static String newId(HttpServletRequest request) {
        String given = request.getHeader(HEADER);
        if (given != null && ACCEPTED.matcher(given).matches()) {
            return given;
        }
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
