package vn.itplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.indicator.Aggregation;
import vn.itplan.period.PeriodKind;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.plan.PlanFigures;
import vn.itplan.plan.PlanFiguresService;
import vn.itplan.report.BoardCounts;
import vn.itplan.report.BoardScope;
import vn.itplan.report.ReportBoardService;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.KeyIndicators;
import vn.itplan.rollup.Rollup;
import vn.itplan.rollup.RollupScope;
import vn.itplan.rollup.RollupService;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.TestYears;
import vn.itplan.web.DisplayFormat;

/**
 * The leader's overview: where a leader lands, who may open it, and that its numbers are the completeness board's, the
 * roll-up's and the plan's (compared with those services, never with numbers written down here).
 */
@PostgresTest
class LeaderOverviewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LeaderOverviewService overviews;

    @Autowired
    ReportBoardService boards;

    @Autowired
    RollupService rollups;

    @Autowired
    PlanFiguresService targets;

    @Autowired
    PeriodService periods;

    @Autowired
    DisplayFormat fmt;

    UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    MvcResult overviewAs(String username) throws Exception {
        return mvc.perform(get("/dashboard/overview").with(user(as(username))))
                .andExpect(status().isOk())
                .andReturn();
    }

    static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    long q1of2015() {
        return jdbc.queryForObject(
                "select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1",
                Long.class);
    }

    @Test
    void aLeaderLandsOnTheOverview() throws Exception {
        mvc.perform(get("/").with(user(as("leader")))).andExpect(redirectedUrl("/dashboard/overview"));
    }

    @Test
    void leadersStaffAndAdministratorsMayOpenItUnitAdminsMayNot() throws Exception {
        overviewAs("leader");
        overviewAs("itstaff");
        overviewAs("admin");
        mvc.perform(get("/dashboard/overview").with(user(as("unit-dakha")))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/overview").with(user(as("unit-stc")))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/overview")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLatestQuarterWithReportsShowsTheBoardsCountsAndTheRollupsFigures() throws Exception {
        MvcResult result = overviewAs("leader");
        LeaderOverview overview =
                (LeaderOverview) result.getModelAndView().getModel().get("overview");
        Document page = html(result);

        // the quarter shown: the latest quarterly period (by end date) in which any report exists
        Map<Long, Integer> reports = boards.reportCountsByPeriod();
        ReportingPeriod latest = periods.findAll().stream()
                .filter(p -> p.getKind() == PeriodKind.QUARTERLY && reports.getOrDefault(p.getId(), 0) > 0)
                .max(Comparator.comparing(ReportingPeriod::getEndDate))
                .orElseThrow();
        assertThat(overview.quarter().period().getId()).isEqualTo(latest.getId());
        assertThat(overview.year()).isEqualTo(latest.getYear());

        BoardCounts counts = boards.counts(latest.getId(), BoardScope.ALL);
        assertThat(overview.quarter().completeness().counts()).isEqualTo(counts);
        assertThat(page.getElementById("quarter-received").text())
                .isEqualTo(counts.received() + "/" + counts.expected());
        assertThat(page.getElementById("quarter-approved").text())
                .isEqualTo(counts.approved() + "/" + counts.expected());
        assertThat(page.getElementById("quarter-late").text()).isEqualTo(String.valueOf(counts.late()));
        assertThat(page.getElementById("quarter-overdue").text()).isEqualTo(String.valueOf(counts.overdue()));

        assertSameFigures(page, "quarter", overview.quarter(), rollups.rollup(latest.getId(), RollupScope.ALL));
        assertLinksOpenForALeader(page);
    }

    @Test
    void theDemoFirstQuarterOf2015AgreesWithTheBoardTheRollupAndThePlan() {
        long q1 = q1of2015();
        LeaderOverview overview = overviews.overview(q1);

        assertThat(overview.quarter().completeness().counts()).isEqualTo(boards.counts(q1, BoardScope.ALL));
        Rollup rollup = rollups.rollup(q1, RollupScope.ALL);
        assertThat(overview.quarter().coverage().approved())
                .isEqualTo(rollup.coverage().approved())
                .isPositive();
        assertThat(overview.quarter().kpis())
                .extracting(DashboardView.Kpi::code)
                .containsExactlyElementsOf(KeyIndicators.HEADLINE.stream()
                        .filter(code -> rollup.figures().containsKey(code))
                        .toList());
        for (DashboardView.Kpi kpi : overview.quarter().kpis()) {
            assertThat(kpi.figure()).as(kpi.code()).isEqualTo(rollup.figures().get(kpi.code()));
        }

        // 2015: plan 263's targets, with the plan page's verdicts
        PlanFigures.PlanTargets plan = targets.targetsFor(2015).orElseThrow();
        assertThat(overview.planTargets().planId()).isEqualTo(plan.planId());
        assertThat(overview.quarter().kpis())
                .anySatisfy(kpi -> assertThat(kpi.progress()).isNotNull());
        for (DashboardView.Kpi kpi : overview.quarter().kpis()) {
            assertThat(kpi.progress() == null ? null : kpi.progress().status())
                    .as(kpi.code())
                    .isEqualTo(plan.of(kpi.code())
                            .map(PlanFigures.TargetProgress::status)
                            .orElse(null));
        }

        // no 2015 annual report yet: the latest annual figures are 2014's
        assertThat(overview.annual()).isNull();
        assertThat(overview.latestAnnual().getYear()).isEqualTo(2014);
    }

    @Test
    void aNewerQuarterAndItsYearShowTheirOwnCountsAndFigures() throws Exception {
        // a year handed out now is later than every period in the database: its quarter becomes the latest
        ReportFixture fx = new ReportFixture(jdbc);
        int year = TestYears.periodYear();
        long annual = fx.annualPeriod(year);
        long quarter = fx.quarterlyPeriod(year, 2, true);
        long root = fx.unit("OVW", "OTHER", null, false);
        long a = fx.unit("A", "SO", root, true);
        long b = fx.unit("B", "UBND_HUYEN", root, true);
        for (long period : new long[] {annual, quarter}) {
            fx.report(a, period, "APPROVED")
                    .infrastructure(10, 9, 9, 9, 0, true, true, false, false, false, 2, 0)
                    .email(10, 5, true)
                    .eoffice(true, false, 2, 2, 1, 1)
                    .save();
        }
        fx.report(b, quarter, "DRAFT").save();

        MvcResult result = overviewAs("leader");
        LeaderOverview overview =
                (LeaderOverview) result.getModelAndView().getModel().get("overview");
        Document page = html(result);

        assertThat(overview.quarter().period().getId()).isEqualTo(quarter);
        assertThat(overview.annual().period().getId()).isEqualTo(annual);
        BoardCounts quarterCounts = boards.counts(quarter, BoardScope.ALL);
        BoardCounts annualCounts = boards.counts(annual, BoardScope.ALL);
        assertThat(page.getElementById("quarter-approved").text())
                .isEqualTo(quarterCounts.approved() + "/" + quarterCounts.expected());
        assertThat(page.getElementById("annual-received").text())
                .isEqualTo(annualCounts.received() + "/" + annualCounts.expected());
        assertThat(page.getElementById("annual-overdue").text()).isEqualTo(String.valueOf(annualCounts.overdue()));
        assertSameFigures(page, "quarter", overview.quarter(), rollups.rollup(quarter, RollupScope.ALL));
        assertSameFigures(page, "annual", overview.annual(), rollups.rollup(annual, RollupScope.ALL));
        assertThat(page.getElementById("annual-none")).isNull();
        assertThat(page.getElementById("annual-dashboard-link").attr("href"))
                .isEqualTo("/dashboard?year=" + year + "&period=" + annual);
        assertThat(page.getElementById("quarter-dashboard-link").attr("href"))
                .isEqualTo("/dashboard?year=" + year + "&quarter=2&period=" + quarter);
        assertLinksOpenForALeader(page);
    }

    /** The rendered key figures: one card per figure of the roll-up, its value as the roll-up computed it. */
    private void assertSameFigures(Document page, String name, LeaderOverview.Section section, Rollup rollup) {
        for (DashboardView.Kpi kpi : section.kpis()) {
            Figure figure = rollup.figures().get(kpi.code());
            assertThat(kpi.figure()).as(kpi.code()).isEqualTo(figure);
            if (!figure.hasValue()) {
                continue;
            }
            Element card = page.getElementById(name + "-kpi-" + kpi.code());
            assertThat(card).as(kpi.code()).isNotNull();
            String value = card.selectFirst(".kpi-value").text();
            if (figure.aggregation() == Aggregation.COUNT_UNITS) {
                assertThat(value).startsWith(fmt.number(figure.numerator()) + "/" + fmt.number(figure.denominator()));
            } else if (figure.percentage()) {
                assertThat(value).isEqualTo(fmt.decimal(figure.value(), 1) + "%");
            } else {
                assertThat(value).isEqualTo(fmt.decimal(figure.value(), 2));
            }
        }
    }

    /** Every link of the page's content opens for a leader (no staff-only route is offered). */
    private void assertLinksOpenForALeader(Document page) throws Exception {
        List<String> links = page.select("main a[href]").eachAttr("href");
        assertThat(links).anyMatch(href -> href.startsWith("/reports?period="));
        assertThat(links).anyMatch(href -> href.startsWith("/dashboard?"));
        for (String href : links) {
            mvc.perform(get(href).with(user(as("leader"))))
                    .andExpect(result -> assertThat(result.getResponse().getStatus())
                            .as(href)
                            .isEqualTo(200));
        }
    }

    /** Without any report (all removed in a transaction that is rolled back): a sentence, not an error. */
    @Test
    @Transactional
    void withoutAnyReportThePageSaysSo() throws Exception {
        jdbc.update("delete from report_snapshot");
        jdbc.update("delete from status_report");

        Document page = html(overviewAs("leader"));

        assertThat(page.getElementById("overview-empty")).isNotNull();
        assertThat(page.getElementById("overview-quarter")).isNull();
        assertThat(page.getElementById("overview-year")).isNull();
    }
}
