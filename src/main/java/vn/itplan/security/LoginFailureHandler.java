package vn.itplan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * After a failed sign-in: the failure is logged, audited and counted ({@link SignInGuard}); the form comes back
 * with the user name still typed in, with the ordinary message or, when this failure starts a lock, the lock
 * message.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String LAST_USERNAME = "ITPLAN_LAST_USERNAME";

    private final SignInGuard guard;

    LoginFailureHandler(SignInGuard guard) {
        this.guard = guard;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String typed = request.getParameter("username");
        String username = typed == null || typed.isBlank() ? null : SignInGuard.normalise(typed);
        rememberUsername(request, typed);
        SignInRedirects.failed(
                request,
                response,
                guard.failed(username, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT)));
    }

    static void rememberUsername(HttpServletRequest request, String typed) {
        if (typed != null) {
            request.getSession().setAttribute(LAST_USERNAME, SignInGuard.cut(typed, SignInGuard.MAX_USERNAME));
        }
    }
}
