package vn.itplan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a refused sign-in goes: {@code /login?error} (wrong name or password) or {@code /login?locked=<epoch second>}
 * (too many attempts; the page says until when). The lock's end is no secret: it is the same for every name.
 */
final class SignInRedirects {

    private SignInRedirects() {}

    static void failed(HttpServletRequest request, HttpServletResponse response, Optional<Instant> lockedUntil)
            throws IOException {
        if (lockedUntil.isPresent()) {
            locked(request, response, lockedUntil.get());
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }

    static void locked(HttpServletRequest request, HttpServletResponse response, Instant until) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?locked=" + until.getEpochSecond());
    }
}
