package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void ofTwoRacingSavesOneWinsAndTheOtherIsRefused() throws Exception {
        ReportTestData data = new ReportTestData(jdbc, users);
        CurrentUser unit = data.user("unit-snv");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long id = reports.start(data.openPeriod(), false, unit);
                long version = reports.version(id, unit);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (int staff : new int[] {301, 302}) {
                    Callable<String> save = () -> {
                        ReportForm form = new ReportForm();
                        form.setStaffCount(staff);
                        form.setVersion(version);
                        go.await();
                        try {
                            reports.save(id, form, unit);
                            return "saved " + staff;
                        } catch (StaleEditException | OptimisticLockingFailureException e) {
                            return "refused";
                        }
                    };
                    outcomes.add(pool.submit(save));
                }
                go.countDown();
                List<String> results =
                        List.of(outcomes.get(0).get(), outcomes.get(1).get());
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
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoRacingStartsOfTheSameReportBothGetTheOneReport() throws Exception {
        ReportTestData data = new ReportTestData(jdbc, users);
        CurrentUser unit = data.user("unit-snv");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long period = data.openPeriod();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Long>> started = new ArrayList<>();
                for (boolean prefill : new boolean[] {true, false}) {
                    started.add(pool.submit(() -> {
                        go.await();
                        return reports.start(period, prefill, unit);
                    }));
                }
                go.countDown();
                long id = started.get(0).get();
                assertThat(started.get(1).get()).isEqualTo(id);
                assertThat(jdbc.queryForObject(
                                "select count(*) from status_report where unit_id = ? and period_id = ?",
                                Integer.class,
                                unit.unitId(),
                                period))
                        .isEqualTo(1);
                assertThat(jdbc.queryForObject(
                                "select count(*) from audit_event where action = 'REPORT_CREATED' and entity_id = ?",
                                Integer.class,
                                id))
                        .isEqualTo(1);
                assertThat(jdbc.queryForObject(
                                "select count(*) from infrastructure_inventory where report_id = ?", Integer.class, id))
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
