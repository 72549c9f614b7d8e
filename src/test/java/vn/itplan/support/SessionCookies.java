package vn.itplan.support;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * One browser's session across MockMvc requests. Sessions are Spring Session JDBC's, found by the {@value #NAME}
 * cookie alone: a {@code MockHttpSession} ({@code .session(...)}) or {@code .flashAttrs(...)} goes to the mock
 * request's own session, which Spring Session never reads. So, as a browser does, this keeps the {@value #NAME}
 * cookie of each response that sets one (a deleted cookie is dropped) and sends it with the next request; the
 * session's attributes (an import preview, a flash on its way to the page after a redirect) travel with it.
 */
public final class SessionCookies {

    /** Spring Session's cookie (security.SessionCookieConfig). */
    public static final String NAME = "SESSION";

    private final MockMvc mvc;
    private Cookie cookie;

    public SessionCookies(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Performs the request with the session cookie kept so far (none at first), then keeps the one it sets. */
    public ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (cookie != null) {
            request.cookie(cookie);
        }
        ResultActions result = mvc.perform(request);
        keep(result.andReturn());
        return result;
    }

    /** Takes the session cookie a response set, e.g. of a request made without this browser. */
    public SessionCookies keep(MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        Cookie set = response.getCookie(NAME);
        if (set != null) {
            cookie = set.getMaxAge() == 0 ? null : set;
        }
        return this;
    }

    /** The session cookie kept, or null when no response has set one yet. */
    public Cookie cookie() {
        return cookie;
    }

    /** The id of the session in the store (fails when there is no session yet). */
    public String sessionId() {
        if (cookie == null) {
            throw new IllegalStateException("no " + NAME + " cookie: no response has started a session yet");
        }
        return sessionId(cookie);
    }

    /** The session id a {@value #NAME} cookie names: its value is the Base64 of the id (DefaultCookieSerializer). */
    public static String sessionId(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }
}
