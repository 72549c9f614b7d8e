package vn.itplan.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * One-time tokens that make a creating POST happen once: a double click or a reload of "add section" sends the same
 * token twice, and the second request creates nothing; it is redirected (303) to where the first one went. Forms
 * carry a token with {@code fragments/forms :: formToken} (a new one each time the form is rendered); a POST without
 * one is not affected.
 *
 * <p>The tokens a session used are kept in the session (the last {@value #REMEMBERED}, a {@link Serializable} map).
 * A token is claimed when its first request starts and answered with that request's redirect when it ends; a request
 * that ends without a redirect (the form came back with errors) frees the token, so that the corrected form can be
 * sent. A repeat that arrives while the first request still runs waits for its answer.
 */
@Component("formTokens")
public class FormTokens implements HandlerInterceptor {

    public static final String PARAMETER = "_formToken";
    static final String SESSION_ATTRIBUTE = FormTokens.class.getName() + ".used";
    static final int REMEMBERED = 200;
    private static final String CLAIMED = FormTokens.class.getName() + ".claimed";
    private static final String PENDING = "";
    private static final int MAX_LENGTH = 64;
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Object[] LOCKS = new Object[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    /** A new token, for the template fragment ({@code ${@formTokens.next()}}). */
    public String next() {
        return UUID.randomUUID().toString();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String token = request.getParameter(PARAMETER);
        boolean creating = request.getDispatcherType() == DispatcherType.REQUEST && "POST".equals(request.getMethod());
        if (!creating || token == null || token.isBlank() || token.length() > MAX_LENGTH) {
            return true;
        }
        HttpSession session = request.getSession();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            String location;
            synchronized (lock(session)) {
                Used used = used(session);
                location = used.get(token);
                if (location == null) {
                    used.put(token, PENDING);
                    session.setAttribute(SESSION_ATTRIBUTE, used);
                    request.setAttribute(CLAIMED, token);
                    return true;
                }
            }
            if (!location.equals(PENDING) || System.nanoTime() > deadline) {
                String target = location.equals(PENDING) ? fallback(request) : location;
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader(HttpHeaders.LOCATION, target);
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(request.getAttribute(CLAIMED) instanceof String token)) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        String location = response.getHeader(HttpHeaders.LOCATION);
        boolean redirected = ex == null && location != null && response.getStatus() / 100 == 3;
        synchronized (lock(session)) {
            Used used = used(session);
            if (redirected) {
                used.put(token, location);
            } else {
                used.remove(token);
            }
            session.setAttribute(SESSION_ATTRIBUTE, used);
        }
    }

    /** Where a repeat goes when the first request takes too long: back to the page the form was on. */
    private static String fallback(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        return referer != null ? referer : request.getContextPath() + "/";
    }

    private static Object lock(HttpSession session) {
        return LOCKS[Math.floorMod(session.getId().hashCode(), LOCKS.length)];
    }

    private static Used used(HttpSession session) {
        return session.getAttribute(SESSION_ATTRIBUTE) instanceof Used used ? used : new Used();
    }

    /** The session's used tokens and where each one's request went (empty while it runs), oldest first. */
    static final class Used extends LinkedHashMap<String, String> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    }
}
