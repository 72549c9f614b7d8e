package vn.itplan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/**}: the request is authenticated as the token's user for
 * this request only (nothing is put into a session). A request that names a bearer token is answered by the token
 * alone: an unknown or revoked token is 401, never a fall-back to the browser session (which is why such a request
 * may skip the CSRF check, see {@link #hasBearerToken}).
 */
@Slf4j
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token =
                request.getHeader("Authorization").substring(BEARER.length()).strip();
        Optional<CurrentUser> user = tokens.authenticate(token);
        if (user.isEmpty()) {
            log.warn(
                    "API request with an unknown, revoked or disabled token: {} {}",
                    request.getMethod(),
                    request.getRequestURI());
            ApiProblems.write(response, HttpStatus.UNAUTHORIZED, "security.api.badToken", request);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
