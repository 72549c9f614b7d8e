package vn.itplan.rollup;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.dashboard.DashboardFilters;
import vn.itplan.dashboard.DashboardService;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.StatementCounter;

/**
 * Speed and statement counts of the roll-up, the drill-down and the dashboard at 30, 300 and 3,000 units, on the
 * test PostgreSQL. A benchmark, not a test: it asserts nothing and Surefire does not run it by default. Run it with
 * {@code ./mvnw test -Dtest=RollupBenchmark} and read the table it prints.
 */
@PostgresTest
class RollupBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 10;

    @Autowired
    RollupService rollups;

    @Autowired
    DashboardService dashboards;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void printFigures() {
        System.out.println();
        System.out.println("units  | rollup ms | drill-down ms | dashboard ms | statements (rollup / dashboard)");
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
            double rollup = millis(() -> rollups.rollup(period.id(), scope));
            double drill = millis(() -> rollups.drilldown(period.id(), "UD02", scope));
            double dashboard = millis(() -> dashboards.build(filters));
            int rollupStatements = StatementCounter.count(() -> rollups.rollup(period.id(), scope))
                    .statements();
            int dashboardStatements =
                    StatementCounter.count(() -> dashboards.build(filters)).statements();
            System.out.printf(
                    "%6d | %9.1f | %13.1f | %12.1f | %d / %d%n",
                    units, rollup, drill, dashboard, rollupStatements, dashboardStatements);
        }
        System.out.println();
    }

    /** Mean wall time of {@link #RUNS} runs after {@link #WARM_UP} warm-up runs. */
    private static double millis(Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            work.get();
        }
        return (System.nanoTime() - start) / 1e6 / RUNS;
    }
}
