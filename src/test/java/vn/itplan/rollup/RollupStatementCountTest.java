package vn.itplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.StatementCounter;

/** A roll-up and a drill-down cost the same number of SQL statements at 30 and at 300 units. */
@PostgresTest
@Import(StatementCounter.class)
class RollupStatementCountTest {

    @Autowired
    RollupService rollups;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void statementCountDoesNotGrowWithTheNumberOfUnits() {
        ReportFixture fx = new ReportFixture(jdbc);
        long small = subtreeWithUnits(fx, fx.annualPeriod(2042), 30);
        long large = subtreeWithUnits(fx, fx.annualPeriod(2043), 300);
        long smallPeriod = periodId(2042);
        long largePeriod = periodId(2043);

        var at30 = StatementCounter.count(() -> rollups.rollup(smallPeriod, RollupScope.of(null, small)));
        var at300 = StatementCounter.count(() -> rollups.rollup(largePeriod, RollupScope.of(null, large)));

        assertThat(at30.result().coverage().approved()).isEqualTo(30);
        assertThat(at300.result().coverage().approved()).isEqualTo(300);
        assertThat(at300.statements()).isEqualTo(at30.statements()).isLessThanOrEqualTo(3);

        var drill30 = StatementCounter.count(() -> rollups.drilldown(smallPeriod, "UD04", RollupScope.of(null, small)));
        var drill300 = StatementCounter.count(() -> rollups.drilldown(largePeriod, "UD04", RollupScope.of(null, large)));
        assertThat(drill300.statements()).isEqualTo(drill30.statements());
        assertThat(drill300.result().lines()).hasSize(300);
    }

    private long periodId(int year) {
        return jdbc.queryForObject("select id from reporting_period where period_year = ? and kind = 'ANNUAL'",
                Long.class, year);
    }

    private static long subtreeWithUnits(ReportFixture fx, long period, int count) {
        long root = fx.unit("ROOT", "OTHER", null, false);
        for (int k = 0; k < count; k++) {
            long unit = fx.unit("U", k % 3 == 0 ? "UBND_HUYEN" : "SO", root, true);
            fx.report(unit, period, "APPROVED")
                    .infrastructure(40, 30, 30, 20, 1, true, k % 2 == 0, false, false, k % 5 == 0, 10, 1)
                    .email(40, 20, k % 2 == 0).eoffice(true, false, 10, 10, 5, 5).services(1, 1, 0, 0).save();
        }
        return root;
    }
}
