package vn.itplan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/**
 * RFC 9457 problem details for what the security filters refuse on {@code /api/**} (401 without or with a bad
 * token, 403 for a role or a CSRF token), before any controller runs; the controllers' own problems come from
 * {@code api.ApiProblemAdvice} in the same shape. {@code code} is the message key of the refusal.
 */
final class ApiProblems {

    static final String MEDIA_TYPE = "application/problem+json";

    private ApiProblems() {}

    static void write(HttpServletResponse response, HttpStatus status, String code, HttpServletRequest request)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"code\":\"" + code + "\",\"instance\":\""
                        + json(request.getRequestURI()) + "\"}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
