package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.StaleEditException;

/**
 * Two saves of the same report, opened at the same version, racing on PostgreSQL: whichever way they interleave,
 * exactly one is stored and the other is refused (by the version check, or by the database's versioned update
 * if both passed the check), never silently overwritten. Five rounds, each in a period of its own. Likewise two
 * starts of the same report (a double click): both get the one report, created and audited once.
 */
@PostgresTest
class ConcurrentSaveTest {

    @Autowired
    ReportSubmissions reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    ReportTestData data;
    CurrentUser unit;
    ExecutorService pool;

    @BeforeEach
    void setUp() {
        data = new ReportTestData(jdbc, users);
        unit = data.user("unit-snv");
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void ofTwoRacingSavesOneWinsAndTheOtherIsRefused() throws Exception {
        for (int round = 0; round < 5; round++) {
            long id = reports.start(data.openPeriod(), false, unit);
            long version = reports.version(id, unit);
            List<String> results = together(save(id, version, 301), save(id, version, 302));
            assertThat(results).containsOnlyOnce("refused").hasSize(2);
            String winner = results.stream()
                    .filter(r -> r.startsWith("saved"))
                    .findFirst()
                    .orElseThrow();
            Integer stored = jdbc.queryForObject(
                    "select staff_count from infrastructure_inventory where report_id = ?", Integer.class, id);
            assertThat("saved " + stored).isEqualTo(winner);
            assertThat(reports.version(id, unit)).isEqualTo(version + 1);
        }
    }

    @Test
    void twoRacingStartsOfTheSameReportBothGetTheOneReport() throws Exception {
        for (int round = 0; round < 5; round++) {
            long period = data.openPeriod();
            List<Long> started =
                    together(() -> reports.start(period, true, unit), () -> reports.start(period, false, unit));
            long id = started.get(0);
            assertThat(started.get(1)).isEqualTo(id);
            assertThat(count(
                            "select count(*) from status_report where unit_id = ? and period_id = ?",
                            unit.unitId(),
                            period))
                    .isEqualTo(1);
            assertThat(count("select count(*) from audit_event where action = 'REPORT_CREATED' and entity_id = ?", id))
                    .isEqualTo(1);
            assertThat(count("select count(*) from infrastructure_inventory where report_id = ?", id))
                    .isEqualTo(1);
        }
    }

    private Callable<String> save(long id, long version, int staff) {
        return () -> {
            ReportForm form = new ReportForm();
            form.setStaffCount(staff);
            form.setVersion(version);
            try {
                reports.save(id, form, unit);
                return "saved " + staff;
            } catch (StaleEditException | OptimisticLockingFailureException e) {
                return "refused";
            }
        };
    }

    /** Runs both at the same moment, on two threads; their results in order. */
    private <T> List<T> together(Callable<T> first, Callable<T> second) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : List.of(first, second)) {
            futures.add(pool.submit(() -> {
                go.await();
                return call.call();
            }));
        }
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private Integer count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
