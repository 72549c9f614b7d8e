package vn.itplan.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** After a failed sign-in the form comes back with the user name still typed in. */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    static final String LAST_USERNAME = "ITPLAN_LAST_USERNAME";
    private static final int MAX_USERNAME = 64;

    LoginFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        String username = request.getParameter("username");
        if (username != null) {
            request.getSession()
                    .setAttribute(
                            LAST_USERNAME,
                            username.length() > MAX_USERNAME ? username.substring(0, MAX_USERNAME) : username);
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
