package vn.itplan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import vn.itplan.support.PostgresAvailableExtension;

/**
 * Losing the database: an instance reaches PostgreSQL through a {@link TcpProxy}; cutting it is what an instance
 * sees when PostgreSQL stops (connections broken, new ones refused). Pages then answer 503 with the "temporarily
 * unavailable, nothing you saved is lost" page inside the layout, readiness is DOWN and liveness UP; when the
 * database is back the same session is served again without a restart. (The real stop and start of a PostgreSQL
 * server under load is src/test/scripts/db-restart-check.sh.)
 */
@ExtendWith(PostgresAvailableExtension.class)
class DatabaseOutageIT {

    private static final int CONNECTION_TIMEOUT_MS = 500;

    private static String database;
    private static TcpProxy proxy;
    private static ConfigurableApplicationContext instance;

    @BeforeAll
    static void start() throws Exception {
        database = Instances.migratedDatabase("outage");
        java.net.URI target = java.net.URI.create(database.substring("jdbc:".length()));
        proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
        String viaProxy = database.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
        // A short wait for a connection (production: 3000 ms): each request during the outage waits this long for
        // one, and the pool, retrying, backs off for about as long as the outage has lasted (5 s at most), so
        // a shorter outage also comes back sooner.
        instance = Instances.start(viaProxy, "spring.datasource.hikari.connection-timeout=" + CONNECTION_TIMEOUT_MS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (instance != null) {
            instance.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        Instances.dropDatabase(database);
    }

    @Test
    void withoutTheDatabasePagesAnswer503InsideTheLayoutAndTheSameSessionWorksWhenItIsBack() throws Exception {
        int port = Instances.port(instance);
        assertThat(instance.getEnvironment().getProperty("spring.datasource.url"))
                .contains(":" + proxy.port() + "/");
        Instances.Browser browser = new Instances.Browser();
        assertThat(browser.login(port, "itstaff")).doesNotContain("/login");
        String token = Instances.csrf(browser.get(port, "/periods").body());

        proxy.cut();
        try {
            HttpResponse<String> page = browser.get(port, "/periods");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).contains("10");
            assertThat(page.body())
                    .contains("id=\"error-title\"", "navbar", "Dữ liệu bạn đã lưu không bị mất", "id=\"request-id\"")
                    .contains(page.headers().firstValue(RequestIdFilter.HEADER).orElseThrow())
                    .doesNotContain("current-user-name", "Exception");

            HttpResponse<String> save = browser.post(
                    port, "/periods", Map.of("_csrf", token, "year", "2090", "kind", "ANNUAL", "seq", "1"));
            assertThat(save.statusCode()).isEqualTo(503);

            HttpResponse<String> visitor = new Instances.Browser().get(port, "/login");
            assertThat(visitor.statusCode()).isEqualTo(503);

            Instances.Browser loadBalancer = new Instances.Browser();
            assertThat(loadBalancer.get(port, "/actuator/health/readiness").statusCode())
                    .isEqualTo(503);
            assertThat(loadBalancer.get(port, "/actuator/health/liveness").statusCode())
                    .isEqualTo(200);
        } finally {
            proxy.restore();
        }

        long back = System.nanoTime();
        HttpResponse<String> again = browser.get(port, "/periods");
        for (int i = 0; i < 150 && again.statusCode() != 200; i++) {
            Thread.sleep(200);
            again = browser.get(port, "/periods");
        }
        System.out.printf(
                "DatabaseOutageIT: served again %d ms after the database came back%n",
                (System.nanoTime() - back) / 1_000_000);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("id=\"current-user-name\"");
        assertThat(new Instances.Browser()
                        .get(port, "/actuator/health/readiness")
                        .statusCode())
                .isEqualTo(200);
    }
}
