package vn.itplan.export;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.itplan.plan.PlanService;
import vn.itplan.plan.PlanViews;
import vn.itplan.support.PostgresTest;

/**
 * Not a test: how long the exports of demo plan 263/KH-UBND take and how big they are. Surefire runs only *Test
 * and failsafe *IT, so this runs only when asked:
 * {@code TEST_DB_URL=... ./mvnw test -Dtest=ExportBenchmark -Dbenchmark.iterations=50}.
 * Each file is generated {@code benchmark.iterations} times (default 30) after a warm-up of 5; the average covers
 * the whole service call (database reads, roll-up and writing the file). Plan 263 has no approved 2014 reports on
 * a branch without the demo reports, so a plan with hand-made reports ({@link ExportTestData}) is measured too.
 */
@PostgresTest
class ExportBenchmark {

    @Autowired
    ExportService exports;

    @Autowired
    PlanService plans;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void generateBothFilesOfPlan263() {
        Long id = plans.listByYear().stream()
                .flatMap(g -> g.plans().stream())
                .map(PlanViews.PlanRow::plan)
                .filter(p -> p.getNumber().equals("263/KH-UBND") && p.getYear() == 2015 && p.getRevisionNo() == 0)
                .findFirst()
                .orElseThrow()
                .getId();
        int iterations = Integer.getInteger("benchmark.iterations", 30);
        measure("263/KH-UBND docx", iterations, () -> exports.document(id));
        measure("263/KH-UBND xlsx", iterations, () -> exports.tables(id));
        // a plan whose baseline has approved reports, so that the figures and units tables are filled
        long withFigures = ExportTestData.figures(jdbc).plan;
        measure("plan with figures docx", iterations, () -> exports.document(withFigures));
        measure("plan with figures xlsx", iterations, () -> exports.tables(withFigures));
    }

    private static void measure(String what, int iterations, java.util.function.Supplier<ExportFile> export) {
        for (int i = 0; i < 5; i++) {
            export.get();
        }
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            bytes += export.get().content().length;
        }
        double millis = (System.nanoTime() - start) / 1e6 / iterations;
        System.out.printf(
                "ExportBenchmark %s: %d runs, %.1f ms on average, %d bytes%n",
                what, iterations, millis, bytes / iterations);
    }
}
