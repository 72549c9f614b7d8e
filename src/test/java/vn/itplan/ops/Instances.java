package vn.itplan.ops;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import vn.itplan.ItPlanApplication;
import vn.itplan.support.TestDatabase;

/**
 * Whole instances of the portal for the operations tests: each on its own random port, on a database of its own
 * made for the test (an empty one, so that its instances really run Flyway, or a copy of the migrated template when
 * the test is about something else), and a browser-like HTTP client.
 */
final class Instances {

    static final String PASSWORD = "KonTum@2015";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private Instances() {}

    /** Drops and creates a database next to the test database; returns its JDBC URL. */
    static String freshDatabase(String suffix) {
        return TestDatabase.recreate(TestDatabase.nameOf(TestDatabase.URL) + "_" + suffix);
    }

    /** Drops and creates a database next to the test database, already migrated (the template's copy). */
    static String migratedDatabase(String suffix) {
        return TestDatabase.recreateMigrated(TestDatabase.nameOf(TestDatabase.URL) + "_" + suffix, "test");
    }

    static void dropDatabase(String url) {
        TestDatabase.drop(TestDatabase.nameOf(url));
    }

    /** One instance of the portal (profile test: the demo data; scheduling on, as in production). */
    static ConfigurableApplicationContext start(String databaseUrl, String... properties) {
        return start(databaseUrl, () -> {}, properties);
    }

    /**
     * Starts an instance and runs {@code loggingReady} once its logging is set up (Spring Boot configures Logback
     * early in the start, and two starts configuring it at once in one JVM collide in Logback).
     */
    static ConfigurableApplicationContext start(String databaseUrl, Runnable loggingReady, String... properties) {
        // Command-line arguments: they win over the test profile's properties (default properties would not).
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0", "--spring.datasource.url=" + databaseUrl, "--itplan.scheduling.enabled=true"));
        for (String property : properties) {
            arguments.add("--" + property);
        }
        return new SpringApplicationBuilder(ItPlanApplication.class)
                .profiles("test")
                .listeners(event -> {
                    if (event instanceof ApplicationContextInitializedEvent) {
                        loggingReady.run();
                    }
                })
                .run(arguments.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /**
     * A browser: one cookie jar for every instance (cookies do not depend on the port, as behind a load balancer),
     * redirects not followed, so that each request goes to the instance the test names.
     */
    static final class Browser {

        final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        HttpResponse<String> get(int port, String path) {
            return send(HttpRequest.newBuilder(uri(port, path))
                    .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                    .timeout(Duration.ofSeconds(120))
                    .GET()
                    .build());
        }

        HttpResponse<String> post(int port, String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(port, path))
                    .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
        }

        /** Signs in through the login form of that instance; returns where it redirected. */
        String login(int port, String username) {
            String token = csrf(get(port, "/login").body());
            HttpResponse<String> answer =
                    post(port, "/login", Map.of("username", username, "password", PASSWORD, "_csrf", token));
            return answer.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("sign-in answered " + answer.statusCode()));
        }

        String sessionCookie() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("SESSION"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse(null);
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

        private static URI uri(int port, String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }

    static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
