package vn.itplan.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * One-time tokens that make a creating POST happen once: a double click or a reload of "add section" sends the same
 * token twice, and the second request creates nothing; it is redirected (303) to where the first one went. Forms
 * carry a token with {@code fragments/forms :: formToken} (a new one each time the form is rendered); a POST without
 * one is not affected.
 *
 * <p>A token is claimed by inserting it into {@code form_token_claim} (its primary key) when its first request
 * starts, and answered with that request's redirect when it ends; a request that ends without a redirect (the form
 * came back with errors) frees the token, so that the corrected form can be sent. The claim is in the database, not
 * in the session: two requests of one double click run at the same time, each with its own copy of a session stored
 * in the database, possibly on two instances. A repeat that arrives while the first request still runs waits for
 * its answer (at most {@link #WAIT}, then it goes back to the page it came from).
 */
@Component("formTokens")
@RequiredArgsConstructor
public class FormTokens implements HandlerInterceptor {

    public static final String PARAMETER = "_formToken";
    private static final String CLAIMED = FormTokens.class.getName() + ".claimed";
    private static final int MAX_LENGTH = 64;
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** A new token, for the template fragment ({@code ${@formTokens.next()}}). */
    public String next() {
        return UUID.randomUUID().toString();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String token = request.getParameter(PARAMETER);
        boolean creating = request.getDispatcherType() == DispatcherType.REQUEST && "POST".equals(request.getMethod());
        if (!creating || token == null || token.isBlank() || token.length() > MAX_LENGTH) {
            return true;
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            if (claim(token)) {
                request.setAttribute(CLAIMED, token);
                return true;
            }
            List<String> answer =
                    jdbc.queryForList("select redirect_to from form_token_claim where token = ?", String.class, token);
            boolean freed = answer.isEmpty();
            String location = freed ? null : answer.get(0);
            if (location != null || (!freed && System.nanoTime() > deadline)) {
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader(HttpHeaders.LOCATION, location != null ? location : fallback(request));
                return false;
            }
            if (!freed) {
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(request.getAttribute(CLAIMED) instanceof String token)) {
            return;
        }
        String location = response.getHeader(HttpHeaders.LOCATION);
        if (ex == null && location != null && response.getStatus() / 100 == 3) {
            jdbc.update("update form_token_claim set redirect_to = ? where token = ?", location, token);
        } else {
            jdbc.update("delete from form_token_claim where token = ?", token);
        }
    }

    /** True when this request is the token's first; old claims are dropped on the way. */
    private boolean claim(String token) {
        Instant now = Instant.now(clock);
        jdbc.update("delete from form_token_claim where claimed_at < ?", Timestamp.from(now.minus(KEPT)));
        try {
            jdbc.update("insert into form_token_claim (token, claimed_at) values (?, ?)", token, Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException repeat) {
            return false;
        }
    }

    /** Where a repeat goes when the first request takes too long: back to the page the form was on. */
    private static String fallback(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        return referer != null ? referer : request.getContextPath() + "/";
    }
}
