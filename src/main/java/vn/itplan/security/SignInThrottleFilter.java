package vn.itplan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.itplan.web.UserText;

/**
 * Runs before the sign-in form is read by Spring Security: a user name with control characters (a NUL would reach
 * the database) is refused unread with the ordinary message, and a locked name or address is refused with the lock
 * message without the password being checked, so that the right password does not open a locked account.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInGuard guard;

    SignInThrottleFilter(SignInGuard guard) {
        this.guard = guard;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String typed = request.getParameter("username");
        String address = request.getRemoteAddr();
        String browser = request.getHeader(HttpHeaders.USER_AGENT);
        if (UserText.hasControlCharacters(typed)) {
            Optional<Instant> locked = guard.lockedUntil(null, address);
            if (locked.isPresent()) {
                guard.refused(null, address, browser, locked.get());
                SignInRedirects.locked(request, response, locked.get());
            } else {
                SignInRedirects.failed(request, response, guard.failed(null, address, browser));
            }
            return;
        }
        String username = typed == null ? null : SignInGuard.normalise(typed);
        Optional<Instant> locked = guard.lockedUntil(username, address);
        if (locked.isPresent()) {
            guard.refused(username, address, browser, locked.get());
            LoginFailureHandler.rememberUsername(request, typed);
            SignInRedirects.locked(request, response, locked.get());
            return;
        }
        chain.doFilter(request, response);
    }
}
