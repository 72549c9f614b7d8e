package vn.itplan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.support.PostgresAvailableExtension;
import vn.itplan.support.TestYears;

/**
 * Scale-out: two instances of the portal on one fresh PostgreSQL database, started together (the second as soon as the
 * first has set up its logging, which two starts in one JVM cannot do at once), so that both run Flyway at once: its
 * lock lets one migrate and the other find the schema done. A user signs in on the first;
 * with that cookie alone the second serves their pages and accepts their form with the CSRF token it rendered, and
 * the first shows the flash message the second left in the session.
 */
@ExtendWith(PostgresAvailableExtension.class)
class TwoInstancesIT {

    private static String database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstancesAtOnce() throws Exception {
        database = Instances.freshDatabase("two");
        CountDownLatch logging = new CountDownLatch(1);
        CompletableFuture<ConfigurableApplicationContext> a =
                CompletableFuture.supplyAsync(() -> Instances.start(database, logging::countDown));
        logging.await(2, TimeUnit.MINUTES);
        CompletableFuture<ConfigurableApplicationContext> b =
                CompletableFuture.supplyAsync(() -> Instances.start(database));
        first = a.join();
        second = b.join();
    }

    @AfterAll
    static void stop() throws Exception {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        Instances.dropDatabase(database);
    }

    @Test
    void migrationsRanOnceThoughBothInstancesStartedTogether() {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select current_database()", String.class))
                .endsWith("_two");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
                .isZero();
        List<Map<String, Object>> repeated = jdbc.queryForList(
                "select version from flyway_schema_history where version is not null group by version having count(*) > 1");
        assertThat(repeated).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'admin'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aSessionStartedOnOneInstanceIsServedAndAcceptsAFormOnTheOther() {
        int one = Instances.port(first);
        int two = Instances.port(second);
        assertThat(one).isNotEqualTo(two);
        Instances.Browser browser = new Instances.Browser();

        assertThat(browser.login(one, "itstaff")).doesNotContain("/login");
        assertThat(browser.sessionCookie()).isNotNull();

        HttpResponse<String> page = browser.get(two, "/periods");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"current-user-name\"");
        String token = Instances.csrf(page.body());

        int year = TestYears.planYear(); // the period form accepts 2000-2100
        HttpResponse<String> saved = browser.post(
                two,
                "/periods",
                Map.of(
                        "_csrf",
                        token,
                        "year",
                        String.valueOf(year),
                        "kind",
                        "ANNUAL",
                        "seq",
                        "1",
                        "startDate",
                        "01/01/" + year,
                        "endDate",
                        "31/12/" + year,
                        "dueDate",
                        "15/01/" + (year + 1)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/periods");
        assertThat(first.getBean(JdbcTemplate.class)
                        .queryForObject(
                                "select count(*) from reporting_period where period_year = ? and kind = 'ANNUAL'",
                                Integer.class,
                                year))
                .isEqualTo(1);

        HttpResponse<String> after = browser.get(one, "/periods");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("id=\"flash\"");

        HttpResponse<String> withoutToken =
                browser.post(two, "/periods", Map.of("year", String.valueOf(year + 1), "kind", "ANNUAL", "seq", "1"));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
    }

    @Test
    void eachInstanceTagsItsRequestsWithAnIdAndIsReady() {
        Instances.Browser browser = new Instances.Browser();
        for (ConfigurableApplicationContext instance : List.of(first, second)) {
            HttpResponse<String> ready = browser.get(Instances.port(instance), "/actuator/health/readiness");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("UP");
            assertThat(ready.headers().firstValue(RequestIdFilter.HEADER)).isPresent();
        }
    }
}
