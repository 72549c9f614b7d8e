package vn.itplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.StatementCounter;

/**
 * Dashboard aggregates on PostgreSQL with hand-computed values, restricted to a test subtree so the demo data
 * does not interfere; and the statement count at two data sizes.
 */
@PostgresTest
class DashboardServiceTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DashboardCharts charts;

    /** The fixture of a test that makes hundreds of units: they go again after it, or every later test is slower. */
    ReportFixture created;

    @AfterEach
    void deleteUnits() {
        if (created != null) {
            created.deleteCreated();
        }
    }

    static Long root;
    static long period2051;
    static int year2050;
    static int year2051;

    @BeforeEach
    void createDataOnce() {
        if (root != null) {
            return;
        }
        ReportFixture fx = new ReportFixture(jdbc);
        ReportFixture.Period first = fx.annualPeriod();
        ReportFixture.Period second = fx.annualPeriod();
        long period2050 = first.id();
        period2051 = second.id();
        year2050 = first.year();
        year2051 = second.year();
        root = fx.unit("DASH", "OTHER", null, false);
        long a = fx.unit("A", "SO", root, true);
        long b = fx.unit("B", "SO", root, true);
        long c = fx.unit("C", "UBND_HUYEN", root, true);
        long d = fx.unit("D", "SO", root, true);
        fx.unit("E", "SO", root, true); // never reports
        // the first year: only A approved, without eOffice
        fx.report(a, period2050, "APPROVED")
                .infrastructure(10, 10, 10, 10, 0, true, false, false, false, false, 4, 0)
                .email(10, 5, false)
                .eoffice(false, false, 1, 1, 0, 0)
                .save();
        // the second year: A and C approved with eOffice, B submitted, D draft, E nothing
        fx.report(a, period2051, "APPROVED")
                .infrastructure(10, 10, 10, 10, 0, true, false, false, false, false, 4, 0)
                .email(10, 5, true)
                .eoffice(true, false, 1, 1, 1, 1)
                .save();
        fx.report(c, period2051, "APPROVED")
                .infrastructure(100, 80, 40, 40, 1, true, true, true, false, false, 20, 1)
                .email(100, 50, false)
                .eoffice(true, true, 10, 10, 5, 5)
                .save();
        fx.report(b, period2051, "SUBMITTED").save();
        fx.report(d, period2051, "DRAFT").save();
        // B submitted on time (due 15 January of the next year), A late, C on time on the last day
        int next = year2051 + 1;
        setSubmitted(b, period2051, next + "-01-10T09:00:00+07:00");
        setSubmitted(a, period2051, next + "-02-01T09:00:00+07:00");
        setSubmitted(c, period2051, next + "-01-15T23:00:00+07:00");
    }

    private void setSubmitted(long unit, long period, String at) {
        OffsetDateTime submitted = OffsetDateTime.parse(at);
        jdbc.update(
                "update status_report set submitted_at = ?, first_submitted_on = ? where unit_id = ? and period_id = ?",
                submitted,
                submitted.toLocalDate(),
                unit,
                period);
    }

    @Test
    void figuresCompletenessAndRankingForTheChosenYear() {
        DashboardView view = dashboards.build(new DashboardFilters(year2051, period2051, null, root));

        assertThat(view.figuresPeriod().getYear()).isEqualTo(year2051);
        assertThat(view.figures().coverage().expected()).isEqualTo(5);
        assertThat(view.figures().coverage().approved()).isEqualTo(2);
        DashboardView.Kpi eoffice = view.kpis().stream()
                .filter(k -> k.code().equals("UD04"))
                .findFirst()
                .orElseThrow();
        assertThat(eoffice.figure().numerator()).isEqualByComparingTo("2");
        assertThat(eoffice.figure().denominator()).isEqualByComparingTo("2");
        DashboardView.Kpi internet = view.kpis().stream()
                .filter(k -> k.code().equals("HT03"))
                .findFirst()
                .orElseThrow();
        assertThat(internet.figure().value()).isEqualByComparingTo("55.5556"); // 50 of 90 PCs

        vn.itplan.report.BoardCounts completeness = view.completeness().counts();
        assertThat(completeness.expected()).isEqualTo(5);
        assertThat(completeness.approved()).isEqualTo(2);
        assertThat(completeness.submitted()).isEqualTo(1);
        assertThat(completeness.drafts()).isEqualTo(1);
        assertThat(completeness.notStarted()).isEqualTo(1);
        assertThat(completeness.received()).isEqualTo(3);
        assertThat(completeness.onTime()).isEqualTo(2);
        assertThat(completeness.late()).isEqualTo(1);
        assertThat(view.completeness().pending()).hasSize(3);

        assertThat(view.ranking().entries()).hasSize(2);
        assertThat(view.ranking().unranked()).hasSize(3);
        assertThat(view.ranking().entries())
                .allSatisfy(e -> assertThat(e.score()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE));
        assertThat(view.trend()).extracting(t -> t.period().getYear()).containsSubsequence(year2050, year2051);
    }

    @Test
    void groupFilterKeepsOnlyThatGroup() {
        DashboardView view = dashboards.build(
                new DashboardFilters(year2051, period2051, vn.itplan.unit.UnitKind.Group.DISTRICT, root));

        assertThat(view.figures().coverage().expected()).isEqualTo(1);
        assertThat(view.completeness().counts().expected()).isEqualTo(1);
        assertThat(charts.json(view, Map.of())).contains("\"states\":[0,0,0,0,1]");
    }

    @Test
    void statementCountDoesNotGrowWithUnitsOrYears() {
        ReportFixture fx = created = new ReportFixture(jdbc);
        long small = fx.unit("SMALL", "OTHER", null, false);
        long large = fx.unit("LARGE", "OTHER", null, false);
        long p1 = fx.annualPeriod().id();
        long p2 = fx.annualPeriod().id();
        ReportFixture.Period last = fx.annualPeriod();
        long p3 = last.id();
        for (int k = 0; k < 30; k++) {
            long u = fx.unit("S", "SO", small, true);
            fx.report(u, p3, "APPROVED")
                    .infrastructure(10, 8, 8, 8, 0, true, true, false, false, false, 2, 0)
                    .email(10, 5, true)
                    .eoffice(true, false, 2, 2, 1, 1)
                    .save();
        }
        for (int k = 0; k < 300; k++) {
            long u = fx.unit("L", "UBND_HUYEN", large, true);
            for (long p : new long[] {p1, p2, p3}) {
                fx.report(u, p, "APPROVED")
                        .infrastructure(10, 8, 8, 8, 0, true, true, false, false, false, 2, 0)
                        .email(10, 5, true)
                        .eoffice(true, false, 2, 2, 1, 1)
                        .save();
            }
        }

        var at30 = StatementCounter.count(() -> dashboards.build(new DashboardFilters(last.year(), null, null, small)));
        var at300 =
                StatementCounter.count(() -> dashboards.build(new DashboardFilters(last.year(), null, null, large)));

        assertThat(at30.result().figures().coverage().approved()).isEqualTo(30);
        assertThat(at300.result().figures().coverage().approved()).isEqualTo(300);
        assertThat(at300.statements()).isEqualTo(at30.statements());
        System.out.printf(
                "dashboard statements: %d at 30 units / 1 year, %d at 300 units / 3 years%n",
                at30.statements(), at300.statements());
    }
}
