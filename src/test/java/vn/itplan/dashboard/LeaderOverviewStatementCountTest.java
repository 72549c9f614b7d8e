package vn.itplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.StatementCounter;
import vn.itplan.support.TestYears;

/**
 * The leader's overview costs the same number of SQL statements for a quarter and a year of 30 reporting units as
 * after 300 more units and three more years of reports.
 */
@PostgresTest
class LeaderOverviewStatementCountTest {

    @Autowired
    LeaderOverviewService overviews;

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
    void statementCountDoesNotGrowWithUnitsOrYears() {
        ReportFixture fx = created = new ReportFixture(jdbc);
        long small = fx.unit("OVS", "OTHER", null, false);
        int year = TestYears.periodYear();
        long annual = fx.annualPeriod(year);
        long quarter = fx.quarterlyPeriod(year, 1, true);
        for (int k = 0; k < 30; k++) {
            long unit = fx.unit("S", "SO", small, true);
            approved(fx, unit, annual);
            approved(fx, unit, quarter);
        }
        var at30 = StatementCounter.count(() -> overviews.overview(quarter));

        long large = fx.unit("OVL", "OTHER", null, false);
        long[] annuals = new long[3];
        long[] quarters = new long[3];
        for (int y = 0; y < 3; y++) {
            int next = TestYears.periodYear();
            annuals[y] = fx.annualPeriod(next);
            quarters[y] = fx.quarterlyPeriod(next, 1, true);
        }
        for (int k = 0; k < 300; k++) {
            long unit = fx.unit("L", "UBND_HUYEN", large, true);
            for (int y = 0; y < 3; y++) {
                approved(fx, unit, annuals[y]);
                approved(fx, unit, quarters[y]);
            }
        }
        long measured = quarters[2];
        var at300 = StatementCounter.count(() -> overviews.overview(measured));

        assertThat(at30.result().quarter().coverage().approved()).isEqualTo(30);
        assertThat(at30.result().annual()).isNotNull();
        assertThat(at300.result().quarter().coverage().approved()).isEqualTo(300);
        assertThat(at300.result().annual().completeness().counts().approved()).isEqualTo(300);
        // ten times the units and four times the years: no more statements (fewer if a roll-up was cached meanwhile)
        assertThat(at300.statements()).isLessThanOrEqualTo(at30.statements());
        assertThat(at30.statements()).isLessThanOrEqualTo(30);
        System.out.printf(
                "leader overview statements: %d at 30 units / 1 year, %d at 330 units / 4 years%n",
                at30.statements(), at300.statements());
    }

    @Test
    void theDemoOverviewWithAPlansTargetsCostsABoundedNumberOfStatements() {
        long q1 = jdbc.queryForObject(
                "select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1",
                Long.class);
        var counted = StatementCounter.count(() -> overviews.overview(q1));
        assertThat(counted.result().planTargets()).isNotNull();
        System.out.printf("demo leader overview with plan targets: %d statements%n", counted.statements());
        assertThat(counted.statements()).isLessThanOrEqualTo(30);
    }

    private static void approved(ReportFixture fx, long unit, long period) {
        fx.report(unit, period, "APPROVED")
                .infrastructure(10, 8, 8, 8, 0, true, true, false, false, false, 2, 0)
                .email(10, 5, true)
                .eoffice(true, false, 2, 2, 1, 1)
                .save();
    }
}
