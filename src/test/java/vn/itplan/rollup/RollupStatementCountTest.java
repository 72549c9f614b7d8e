package vn.itplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.StatementCounter;

/** A roll-up and a drill-down cost the same number of SQL statements at 30 and at 300 units. */
@PostgresTest
class RollupStatementCountTest {

    @Autowired
    RollupService rollups;

    @Autowired
    JdbcTemplate jdbc;

    /** The fixture of a test that makes hundreds of units: they go again after it, or every later test is slower. */
    ReportFixture created;

    @AfterEach
    void deleteUnits() {
        if (created != null) {
            created.deleteCreated();
        }
    }

    @Test
    void statementCountDoesNotGrowWithTheNumberOfUnits() {
        ReportFixture fx = created = new ReportFixture(jdbc);
        long smallPeriod = fx.annualPeriod().id();
        long largePeriod = fx.annualPeriod().id();
        long small = subtreeWithUnits(fx, smallPeriod, 30);
        long large = subtreeWithUnits(fx, largePeriod, 300);

        var at30 = StatementCounter.count(() -> rollups.rollup(smallPeriod, RollupScope.of(null, small)));
        var at300 = StatementCounter.count(() -> rollups.rollup(largePeriod, RollupScope.of(null, large)));

        assertThat(at30.result().coverage().approved()).isEqualTo(30);
        assertThat(at300.result().coverage().approved()).isEqualTo(300);
        assertThat(at300.statements()).isEqualTo(at30.statements()).isLessThanOrEqualTo(3);

        var drill30 = StatementCounter.count(() -> rollups.drilldown(smallPeriod, "UD04", RollupScope.of(null, small)));
        var drill300 =
                StatementCounter.count(() -> rollups.drilldown(largePeriod, "UD04", RollupScope.of(null, large)));
        assertThat(drill300.statements()).isEqualTo(drill30.statements());
        assertThat(drill300.result().lines()).hasSize(300);
    }

    /**
     * The formulas are data: adding 21 indicators (19 built-in → 40, one of each aggregation, reading built-in
     * measures) adds columns, not statements, to a roll-up and a drill-down.
     */
    @Test
    void statementCountDoesNotGrowWithTheNumberOfIndicators() {
        ReportFixture fx = created = new ReportFixture(jdbc);
        long period = fx.annualPeriod().id();
        long root = subtreeWithUnits(fx, period, 30);
        int before =
                jdbc.queryForObject("select count(distinct indicator_id) from indicator_definition", Integer.class);
        var few = StatementCounter.count(() -> rollups.rollup(period, RollupScope.of(null, root)));
        String prefix = "Q" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String[] aggregations = {"SUM", "RATIO", "COUNT_UNITS", "AVERAGE"};
        try {
            for (int k = 0; k < 40 - before; k++) {
                String code = prefix + k;
                String aggregation = aggregations[k % 4];
                jdbc.update(
                        "insert into indicator (code, name_vi, name_en, unit_of_measure, aggregation, sort_order)"
                                + " values (?, ?, ?, '%', ?, 900)",
                        code, code, code, aggregation);
                jdbc.update(
                        "insert into indicator_definition (indicator_id, valid_from_year, aggregation,"
                                + " numerator_measure, denominator_measure, condition_op, condition_value, scale,"
                                + " display_kind, decimals) select id, 2000, ?, ?, ?, ?, ?, 1, 'NUMBER', 1"
                                + " from indicator where code = ?",
                        aggregation,
                        aggregation.equals("COUNT_UNITS") ? "SERVERS" : "PCS",
                        aggregation.equals("RATIO") ? "STAFF" : null,
                        aggregation.equals("COUNT_UNITS") ? "GE" : null,
                        aggregation.equals("COUNT_UNITS") ? new java.math.BigDecimal(1) : null,
                        code);
            }
            var many = StatementCounter.count(() -> rollups.rollup(period, RollupScope.of(null, root)));
            assertThat(many.result().figures()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(many.statements()).isEqualTo(few.statements());
            // 30 units, servers k % 4 in the fixture's first column set: a count of units with ≥ 1 server
            assertThat(many.result().figure(prefix + "2").orElseThrow().denominator())
                    .isEqualByComparingTo("30");
            var drill =
                    StatementCounter.count(() -> rollups.drilldown(period, prefix + "3", RollupScope.of(null, root)));
            assertThat(drill.result().lines()).hasSize(30);
            assertThat(drill.statements()).isLessThanOrEqualTo(few.statements());
        } finally {
            jdbc.update(
                    "delete from indicator_definition where indicator_id in"
                            + " (select id from indicator where code like ?)",
                    prefix + "%");
            jdbc.update("delete from indicator where code like ?", prefix + "%");
        }
    }

    private static long subtreeWithUnits(ReportFixture fx, long period, int count) {
        long root = fx.unit("ROOT", "OTHER", null, false);
        for (int k = 0; k < count; k++) {
            long unit = fx.unit("U", k % 3 == 0 ? "UBND_HUYEN" : "SO", root, true);
            fx.report(unit, period, "APPROVED")
                    .infrastructure(40, 30, 30, 20, 1, true, k % 2 == 0, false, false, k % 5 == 0, 10, 1)
                    .email(40, 20, k % 2 == 0)
                    .eoffice(true, false, 10, 10, 5, 5)
                    .services(1, 1, 0, 0)
                    .save();
        }
        return root;
    }
}
