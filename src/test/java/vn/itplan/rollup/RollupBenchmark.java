package vn.itplan.rollup;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.itplan.dashboard.DashboardFilters;
import vn.itplan.dashboard.DashboardService;
import vn.itplan.report.BoardScope;
import vn.itplan.report.ReportMeasures;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.StatementCounter;

/**
 * Speed and statement counts of the roll-up, the drill-down and the dashboard at 30, 300 and 3,000 units, on the
 * test PostgreSQL. A benchmark, not a test: it asserts nothing and Surefire does not run it by default. Run it with
 * {@code ./mvnw test -Dtest=RollupBenchmark} and read the table it prints.
 *
 * <p>Times are medians of {@link #RUNS} runs after {@link #WARM_UP} warm-up runs. The machine's load changes the
 * figures, so each size also times a reference that no roll-up change touches: the plain sums of every measure over
 * the same expected units ({@link ReportMeasures#sums()}, one statement). The ratios to it compare runs made at
 * different loads; the load average is printed before and after.
 */
@PostgresTest
class RollupBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;

    @Autowired
    RollupService rollups;

    @Autowired
    DashboardService dashboards;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Test
    void printFigures() {
        System.out.println();
        System.out.printf("load average before: %.2f%n", load());
        System.out.println("units  | reference ms | rollup ms (×ref) | drill-down ms (×ref) | dashboard ms (×ref)"
                + " | statements (rollup / dashboard)");
        for (int units : new int[] {30, 300, 3000}) {
            ReportFixture fx = new ReportFixture(jdbc);
            ReportFixture.Period period = fx.annualPeriod();
            long root = fx.unit("BENCH", "OTHER", null, false);
            for (int k = 0; k < units; k++) {
                long unit = fx.unit("B", k % 3 == 0 ? "UBND_HUYEN" : "SO", root, true);
                fx.report(unit, period.id(), k % 10 == 0 ? "SUBMITTED" : "APPROVED")
                        .infrastructure(
                                40 + k % 50,
                                30 + k % 40,
                                28,
                                20,
                                k % 4,
                                true,
                                k % 2 == 0,
                                k % 7 == 0,
                                false,
                                k % 5 == 0,
                                10,
                                1)
                        .email(40, 20, k % 3 != 0)
                        .eoffice(true, k % 6 == 0, 100, 50, 60, 30)
                        .services(3, 2, 1, 0)
                        .save();
            }
            // a production database keeps its statistics current (autovacuum); freshly bulk-loaded test rows have none
            jdbc.execute("analyze");
            RollupScope scope = RollupScope.of(null, root);
            DashboardFilters filters = new DashboardFilters(period.year(), period.id(), null, root);
            String reference = "select u.kind, count(*) as reports, " + ReportMeasures.sums()
                    + " from " + ReportMeasures.REPORTS
                    + " join unit u on u.id = r.unit_id join reporting_period pd on pd.id = r.period_id"
                    + " where pd.id = :period and " + ReportMeasures.APPROVED + " and "
                    + new BoardScope(null, root).expectedUnits() + " group by u.kind";
            Map<String, Object> parameters = Map.of("period", period.id(), "root", root);
            double ref = millis(() -> named.queryForList(reference, parameters));
            double rollup = millis(() -> rollups.rollup(period.id(), scope));
            double drill = millis(() -> rollups.drilldown(period.id(), "UD02", scope));
            double dashboard = millis(() -> dashboards.build(filters));
            int rollupStatements = StatementCounter.count(() -> rollups.rollup(period.id(), scope))
                    .statements();
            int dashboardStatements =
                    StatementCounter.count(() -> dashboards.build(filters)).statements();
            System.out.printf(
                    "%6d | %12.1f | %9.1f (%4.1f) | %13.1f (%4.1f) | %12.1f (%4.1f) | %d / %d%n",
                    units,
                    ref,
                    rollup,
                    rollup / ref,
                    drill,
                    drill / ref,
                    dashboard,
                    dashboard / ref,
                    rollupStatements,
                    dashboardStatements);
        }
        System.out.printf("load average after: %.2f%n", load());
        System.out.println();
    }

    /** Median wall time of {@link #RUNS} runs after {@link #WARM_UP} warm-up runs. */
    private static double millis(Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
