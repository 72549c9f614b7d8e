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
