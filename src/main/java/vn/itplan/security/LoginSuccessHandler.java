package vn.itplan.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/** After a sign-in: logged, audited, written to the sign-in log; then {@code /} (which sends each role on). */
class LoginSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

    private final SignInGuard guard;

    LoginSuccessHandler(SignInGuard guard) {
        super("/");
        setAlwaysUseDefaultTargetUrl(true);
        this.guard = guard;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            guard.succeeded(user, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
