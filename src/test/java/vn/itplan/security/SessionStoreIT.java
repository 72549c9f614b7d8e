package vn.itplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.support.ServerTest;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC): a signed-in session is a row, a second client with only the
 * cookie is the same signed-in user, and {@link UserSessions} ends sessions for real (the next request goes to the
 * sign-in page).
 */
@ServerTest
class SessionStoreIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserSessions userSessions;

    @Test
    void aSignedInSessionIsARowAndItsCookieAloneSignsInAnotherClient() {
        String user = newAccount();
        Client first = new Client();
        assertThat(first.login(user).uri().getPath()).isEqualTo("/dashboard/overview");

        Integer rows = jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = ? and max_inactive_interval = 1800",
                Integer.class,
                user);
        assertThat(rows).isEqualTo(1);

        Client second = new Client();
        second.setSessionCookie(first.sessionCookie());
        HttpResponse<String> page = second.get("/dashboard");
        assertThat(page.uri().getPath()).isEqualTo("/dashboard");
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    void endAllSessionsSignsTheUserOutEverywhere() {
        String user = newAccount();
        Client first = new Client();
        Client second = new Client();
        first.login(user);
        second.login(user);
        assertThat(first.get("/dashboard").uri().getPath()).isEqualTo("/dashboard");

        userSessions.endAllSessions(user);

        assertThat(first.get("/dashboard").uri().getPath()).isEqualTo("/login");
        assertThat(second.get("/dashboard").uri().getPath()).isEqualTo("/login");
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, user))
                .isZero();
    }

    @Test
    void endOtherSessionsKeepsTheCurrentOne() {
        String user = newAccount();
        Client mine = new Client();
        Client other = new Client();
        mine.login(user);
        other.login(user);

        int ended = userSessions.endOtherSessions(user, mine.sessionId());

        assertThat(ended).isEqualTo(1);
        assertThat(mine.get("/dashboard").uri().getPath()).isEqualTo("/dashboard");
        assertThat(other.get("/dashboard").uri().getPath()).isEqualTo("/login");
        assertThat(userSessions.recentSignIns(user, 5)).hasSize(2).allSatisfy(signIn -> {
            assertThat(signIn.succeeded()).isTrue();
            assertThat(signIn.browser()).isEqualTo("SessionStoreIT");
            assertThat(signIn.address()).isNotBlank();
        });
    }

    private String newAccount() {
        String username = "session-" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 1_000_000_000L);
        jdbc.update(
                "insert into app_user (username, password_hash, full_name, role)"
                        + " select ?, password_hash, 'Session test', 'LEADER' from app_user where username = 'admin'",
                username);
        return username;
    }

    /** A browser-like client with its own cookie jar. */
    final class Client {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html")
                    .header("User-Agent", "SessionStoreIT")
                    .GET()
                    .build());
        }

        HttpResponse<String> login(String username) {
            Matcher token = CSRF.matcher(get("/login").body());
            assertThat(token.find()).isTrue();
            String body = "username=" + encode(username) + "&password=" + encode("KonTum@2015") + "&_csrf="
                    + encode(token.group(1));
            return send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html")
                    .header("User-Agent", "SessionStoreIT")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
        }

        HttpCookie sessionCookie() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(SecurityConfig.SESSION_COOKIE))
                    .findFirst()
                    .orElseThrow();
        }

        void setSessionCookie(HttpCookie cookie) {
            HttpCookie copy = new HttpCookie(cookie.getName(), cookie.getValue());
            copy.setPath("/");
            copy.setVersion(0);
            cookies.getCookieStore().add(uri("/"), copy);
        }

        /** Spring Session's cookie holds the session id in Base64. */
        String sessionId() {
            return new String(Base64.getDecoder().decode(sessionCookie().getValue()), StandardCharsets.UTF_8);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
