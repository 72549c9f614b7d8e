package vn.itplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.ModelAndView;
import vn.itplan.plan.PlanFigures;
import vn.itplan.plan.ProgressStatus;
import vn.itplan.report.Board;
import vn.itplan.report.BoardCounts;
import vn.itplan.report.ReportBoardService;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.StatementCounter;

/**
 * On the demo data, the dashboard, the completeness board and the plan pages (the plan, its figures page) show the
 * same counts and the same target statuses, as rendered for a user (the models of the real pages). Counts over the
 * whole province may include units other tests added, so the demo numbers are checked on the province's subtree.
 */
@PostgresTest
class NumbersAgreeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportBoardService boards;

    @Autowired
    DashboardService dashboards;

    long q1() {
        return jdbc.queryForObject(
                "select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY'" + " and seq = 1",
                Long.class);
    }

    long annual2014() {
        return jdbc.queryForObject(
                "select id from reporting_period where period_year = 2014 and kind = 'ANNUAL'", Long.class);
    }

    long province() {
        return jdbc.queryForObject("select id from unit where code = 'KONTUM'", Long.class);
    }

    long plan263() {
        return jdbc.queryForObject(
                "select min(id) from plan where number = '263/KH-UBND' and plan_year = 2015", Long.class);
    }

    ModelAndView page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView();
    }

    DashboardView dashboard(String query) throws Exception {
        return (DashboardView) page("/dashboard?" + query, "leader").getModel().get("view");
    }

    @Test
    void theDashboardShowsTheBoardsCounts() throws Exception {
        // the whole province, as both pages show it by default (the board page shows boards.board(period, null))
        Board board = boards.board(q1(), null);
        DashboardView all = dashboard("year=2014&period=" + q1());
        assertThat(countsOf(all.completeness())).isEqualTo(board.counts());

        // the demo units: the Q1 2015 board of the demo data
        DashboardView demo = dashboard("year=2014&period=" + q1() + "&unit=" + province());
        BoardCounts counts = boards.board(q1(), province()).counts();
        assertThat(countsOf(demo.completeness())).isEqualTo(counts);
        assertThat(counts.expected()).isEqualTo(29);
        assertThat(counts.notStarted()).isEqualTo(7);
        assertThat(counts.drafts()).isEqualTo(5);
        assertThat(counts.submitted()).isEqualTo(6);
        assertThat(counts.returned()).isEqualTo(1);
        assertThat(counts.approved()).isEqualTo(10);
        assertThat(demo.completeness().counts().received()).isEqualTo(17);

        // 2014: every demo unit approved, and the figures rest on the same 29 reports
        DashboardView y2014 = dashboard("year=2014&period=" + annual2014() + "&unit=" + province());
        BoardCounts counts2014 = boards.board(annual2014(), province()).counts();
        assertThat(countsOf(y2014.completeness())).isEqualTo(counts2014);
        assertThat(counts2014.approved()).isEqualTo(29).isEqualTo(counts2014.expected());
        assertThat(y2014.figures().coverage().approved()).isEqualTo(29);
        assertThat(y2014.figures().coverage().expected()).isEqualTo(29);
    }

    @Test
    void everyTargetHasOneStatusOnThePlanTheFiguresPageAndTheDashboard() throws Exception {
        PlanFigures onPlan =
                (PlanFigures) page("/plans/" + plan263(), "itstaff").getModel().get("figures");
        PlanFigures onFigures = (PlanFigures)
                page("/plans/" + plan263() + "/rollup", "itstaff").getModel().get("figures");
        DashboardView onDashboard = dashboard("year=2014");

        Map<String, ProgressStatus> plan = statuses(onPlan.targets());
        assertThat(plan).containsOnlyKeys("UD04", "UD02", "UD03", "HT03", "HT09");
        assertThat(statuses(onFigures.targets())).isEqualTo(plan);
        assertThat(onDashboard.planTargets().planId()).isEqualTo(plan263());
        assertThat(statuses(onDashboard.planTargets().targets())).isEqualTo(plan);
        assertThat(onDashboard.planTargets().actualPeriod().getId())
                .isEqualTo(onPlan.actualPeriod().getId());
        assertThat(onPlan.actualPeriod().getId())
                .as("a 2015 target is judged on 2015's latest approved figures")
                .isEqualTo(q1());

        for (DashboardView.Kpi kpi : onDashboard.kpis()) {
            if (plan.containsKey(kpi.code())) {
                assertThat(kpi.progress().status()).as(kpi.code()).isEqualTo(plan.get(kpi.code()));
                assertThat(kpi.met()).as(kpi.code()).isEqualTo(plan.get(kpi.code()) == ProgressStatus.ACHIEVED);
            } else {
                assertThat(kpi.progress()).as(kpi.code()).isNull();
            }
        }
        Map<String, PlanFigures.TargetProgress> byCode = onPlan.targets().stream()
                .collect(Collectors.toMap(PlanFigures.TargetProgress::code, Function.identity()));
        for (PlanFigures.TargetProgress chart : onDashboard.targets()) {
            assertThat(chart.actualValue())
                    .as(chart.code())
                    .isEqualByComparingTo(byCode.get(chart.code()).actualValue());
        }
    }

    @Test
    void theDashboardWithAPlansTargetsCostsABoundedNumberOfStatements() {
        var counted = StatementCounter.count(() -> dashboards.build(new DashboardFilters(2014, null, null, null)));
        assertThat(counted.result().planTargets()).isNotNull();
        System.out.printf("demo dashboard with plan targets: %d statements%n", counted.statements());
        assertThat(counted.statements()).isLessThanOrEqualTo(30);
    }

    private static Map<String, ProgressStatus> statuses(java.util.List<PlanFigures.TargetProgress> targets) {
        return targets.stream()
                .collect(Collectors.toMap(PlanFigures.TargetProgress::code, PlanFigures.TargetProgress::status));
    }

    private static BoardCounts countsOf(DashboardView.Completeness completeness) {
        return completeness.counts();
    }
}
