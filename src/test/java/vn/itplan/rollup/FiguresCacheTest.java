package vn.itplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.request.RequestContextHolder;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.StatementCounter;
import vn.itplan.support.TestYears;

/**
 * The figures cache on (it is off in the other tests, whose fixtures write reports without an audit event): a figure
 * is never older than the data it rests on: an approval on screen changes the dashboard's figure at once, a formula
 * saved on screen changes the roll-up at once; and the dashboard and the plan page cost the same number of statements
 * with few and many units, one and several years, computed afresh or read from the cache. Fixture data is announced
 * by an audit event of its own ({@link #changed}), as every change of the portal is.
 */
@PostgresTest
@TestPropertySource(properties = "itplan.figures.cache.enabled=true")
class FiguresCacheTest {

    @Autowired
    RollupService rollups;

    @Autowired
    JdbcTemplate jdbc;

    /** The fixture of a test that makes dozens of units: they go again after it, or every later test is slower. */
    ReportFixture created;

    @AfterEach
    void deleteUnits() {
        if (created != null) {
            created.deleteCreated();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    /** What a change on screen does besides changing the data: an audit event (a new data version). */
    void changed() {
        jdbc.update("insert into audit_event (occurred_at, actor, action, entity_type, summary)"
                + " values (current_timestamp, 'test', 'TEST_DATA', 'TEST', 'fixture data')");
    }

    @Test
    void anApprovalChangesTheDashboardAtOnce() throws Exception {
        ReportFixture fx = new ReportFixture(jdbc);
        ReportFixture.Period period = fx.annualPeriod();
        long root = fx.unit("CACHE", "OTHER", null, false);
        for (int k = 0; k < 3; k++) {
            approved(fx, fx.unit("CA", "SO", root, true), period.id());
        }
        long waiting = fx.unit("CW", "SO", root, true);
        long report = filled(fx.report(waiting, period.id(), "SUBMITTED"));
        changed();
        RollupScope scope = RollupScope.of(null, root);

        Rollup before = rollups.rollup(period.id(), scope);
        assertThat(before.coverage().approved()).isEqualTo(3);
        var again = StatementCounter.count(() -> rollups.rollup(period.id(), scope));
        assertThat(again.result()).as("read from the cache").isSameAs(before);
        assertThat(again.statements()).as("the data version only").isLessThanOrEqualTo(2);
        assertThat(caption(period.year(), root)).contains("3/4");

        long version = jdbc.queryForObject("select version from status_report where id = ?", Long.class, report);
        mvc.perform(post("/reports/{id}/approve", report)
                        .with(user(users.loadUserByUsername("itstaff")))
                        .with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        assertThat(rollups.rollup(period.id(), scope).coverage().approved()).isEqualTo(4);
        assertThat(caption(period.year(), root)).contains("4/4");
    }

    /**
     * A sign-in is audited, but no figure depends on it: the figures kept stay kept (at national scale thousands of
     * sign-ins a day would otherwise throw them away all day long), while any other change still makes a new version.
     */
    @Test
    void aSignInKeepsTheFiguresAnyOtherChangeDoesNot() throws Exception {
        ReportFixture fx = new ReportFixture(jdbc);
        ReportFixture.Period period = fx.annualPeriod();
        long root = fx.unit("CACHS", "OTHER", null, false);
        approved(fx, fx.unit("CS", "SO", root, true), period.id());
        changed();
        RollupScope scope = RollupScope.of(null, root);
        Rollup kept = rollups.rollup(period.id(), scope);
        long events = jdbc.queryForObject("select count(*) from audit_event", Long.class);

        mvc.perform(formLogin().user("itstaff").password("KonTum@2015")).andExpect(authenticated());

        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class))
                .as("the sign-in is audited")
                .isGreaterThan(events);
        assertThat(rollups.rollup(period.id(), scope))
                .as("still read from the cache")
                .isSameAs(kept);
        changed(); // a change made on another instance, seen by the next request
        RequestContextHolder.resetRequestAttributes();
        assertThat(rollups.rollup(period.id(), scope)).as("computed afresh").isNotSameAs(kept);
    }

    @Test
    void aFormulaSavedOnScreenChangesTheRollupAtOnce() throws Exception {
        ReportFixture fx = new ReportFixture(jdbc);
        ReportFixture.Period period = fx.annualPeriod();
        long root = fx.unit("CACHF", "OTHER", null, false);
        for (int k = 0; k < 4; k++) {
            approved(fx, fx.unit("CF", "SO", root, true), period.id());
        }
        String code = "ZC" + (10 + (int) (System.nanoTime() % 89));
        jdbc.update(
                "delete from indicator_definition where indicator_id in (select id from indicator where code = ?)",
                code);
        jdbc.update("delete from indicator where code = ?", code);
        jdbc.update(
                "insert into indicator (code, name_vi, name_en, unit_of_measure, aggregation, sort_order)"
                        + " values (?, 'Thử bộ nhớ đệm', 'Cache test', 'đơn vị', 'COUNT_UNITS', 999)",
                code);
        Long id = jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
        changed();
        RollupScope scope = RollupScope.of(null, root);
        try {
            assertThat(rollups.rollup(period.id(), scope).figure(code)).isEmpty();

            MockHttpServletRequestBuilder save = post("/indicators/{id}/formula", id)
                    .with(user(users.loadUserByUsername("itstaff")))
                    .with(csrf())
                    .param("validFromYear", "2000")
                    .param("aggregation", "COUNT_UNITS")
                    .param("numerator", "UNITS_USING_EMAIL")
                    .param("conditionOp", "EQ")
                    .param("conditionValue", "1")
                    .param("scale", "1")
                    .param("displayKind", "UNITS")
                    .param("decimals", "0")
                    .param("confirmed", "true");
            mvc.perform(save).andExpect(status().is3xxRedirection());

            Figure figure = rollups.rollup(period.id(), scope).figure(code).orElseThrow();
            assertThat(figure.denominator()).isEqualByComparingTo("4");
        } finally {
            jdbc.update("delete from indicator_framework_code where indicator_id = ?", id);
            jdbc.update("delete from indicator_definition where indicator_id = ?", id);
            jdbc.update("delete from indicator where id = ?", id);
            changed();
        }
    }

    /**
     * The dashboard of a subtree: the same statements with 5 units and one year as with 60 units and three years,
     * computed afresh; read from the cache, fewer.
     */
    @Test
    void theDashboardCostsTheSameStatementsAtTwoSizes() throws Exception {
        ReportFixture fx = created = new ReportFixture(jdbc);
        long small = fx.unit("CDS", "OTHER", null, false);
        long large = fx.unit("CDL", "OTHER", null, false);
        ReportFixture.Period p1 = fx.annualPeriod();
        ReportFixture.Period p2 = fx.annualPeriod();
        ReportFixture.Period p3 = fx.annualPeriod();
        for (int k = 0; k < 5; k++) {
            approved(fx, fx.unit("S", k % 3 == 0 ? "UBND_HUYEN" : "SO", small, true), p3.id());
        }
        for (int k = 0; k < 60; k++) {
            long unit = fx.unit("L", k % 3 == 0 ? "UBND_HUYEN" : "SO", large, true);
            for (ReportFixture.Period p : new ReportFixture.Period[] {p1, p2, p3}) {
                if (k % 10 == 9 && p == p3) {
                    filled(fx.report(unit, p.id(), "SUBMITTED"));
                } else {
                    approved(fx, unit, p.id());
                }
            }
        }
        changed();
        int coldSmall = dashboardStatements(p3.year(), small);
        int warmSmall = dashboardStatements(p3.year(), small);
        changed();
        int coldLarge = dashboardStatements(p3.year(), large);
        int warmLarge = dashboardStatements(p3.year(), large);
        System.out.printf(
                "dashboard statements (cache on): %d / %d afresh, %d / %d from the cache (5 units 1 year / 60 units 3"
                        + " years)%n",
                coldSmall, coldLarge, warmSmall, warmLarge);
        assertThat(coldLarge).isEqualTo(coldSmall);
        assertThat(warmLarge).isEqualTo(warmSmall);
        assertThat(warmSmall).isLessThan(coldSmall);

        // 54 of 60 ranked: the page names the top and bottom ten, not every unit, and offers the rest page by page
        Document page = dashboard(p3.year(), large);
        assertThat(page.select("#ranking-table tbody tr[id^=rank-]")).hasSize(20);
        assertThat(page.getElementById("ranking-all")).isNotNull();
        Document all = Jsoup.parse(mvc.perform(get("/dashboard")
                        .with(user(users.loadUserByUsername("leader")))
                        .param("year", String.valueOf(p3.year()))
                        .param("unit", String.valueOf(large))
                        .param("ranking", "all"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(all.select("#ranking-table tbody tr[id^=rank-]")).hasSize(50);
        assertThat(all.getElementById("pagination")).isNotNull();
        assertThat(page.getElementById("pending-units").text()).contains("6");

        // the unit filter: a unit found by its code is chosen; a part of a name shared by many lists the first ten
        String code = jdbc.queryForObject("select code from unit where id = ?", String.class, large);
        Document byCode = find(p3.year(), code);
        assertThat(byCode.getElementById("figures-caption").text()).contains("54/60");
        assertThat(byCode.select("#unit option[selected]").attr("value")).isEqualTo(String.valueOf(large));
        Document many = find(p3.year(), code.substring(0, code.lastIndexOf('-')).replace("CDL", "L"));
        assertThat(many.select("#unit-matches li a")).hasSizeBetween(2, 10);
        assertThat(find(p3.year(), "không có đơn vị này").getElementById("unit-matches"))
                .isNotNull();
    }

    private Document find(int year, String text) throws Exception {
        return Jsoup.parse(mvc.perform(get("/dashboard")
                        .with(user(users.loadUserByUsername("leader")))
                        .param("year", String.valueOf(year))
                        .param("find", text))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The plan page: the same statements with 5 and 65 units over two years, afresh; fewer from the cache. */
    @Test
    void thePlanPageCostsTheSameStatementsAtTwoSizes() throws Exception {
        ReportFixture fx = created = new ReportFixture(jdbc);
        int year = TestYears.planYear();
        long baseline = fx.annualPeriod(year);
        long root = fx.unit("CPS", "OTHER", null, false);
        for (int k = 0; k < 5; k++) {
            approved(fx, fx.unit("P", "SO", root, true), baseline);
        }
        String number = "7" + (System.nanoTime() % 100000) + "/KH-CACHE";
        jdbc.update(
                "insert into plan (number, title, plan_year, issuer, status, baseline_period_id, revision_no, version)"
                        + " values (?, 'Kế hoạch thử bộ nhớ đệm', ?, 'UBND tỉnh Kon Tum', 'DRAFT', ?, 0, 0)",
                number,
                year,
                baseline);
        Long plan = jdbc.queryForObject("select id from plan where number = ?", Long.class, number);
        changed();
        int coldSmall = planStatements(plan);
        int warmSmall = planStatements(plan);

        long more = fx.unit("CPL", "OTHER", null, false);
        long quarter = fx.quarterlyPeriod(year, 1, false);
        for (int k = 0; k < 60; k++) {
            long unit = fx.unit("Q", k % 3 == 0 ? "UBND_HUYEN" : "SO", more, true);
            approved(fx, unit, baseline);
            approved(fx, unit, quarter);
        }
        changed();
        int coldLarge = planStatements(plan);
        int warmLarge = planStatements(plan);
        System.out.printf(
                "plan page statements (cache on): %d / %d afresh, %d / %d from the cache (5 / 65 units)%n",
                coldSmall, coldLarge, warmSmall, warmLarge);
        assertThat(coldLarge).isEqualTo(coldSmall);
        assertThat(warmLarge).isEqualTo(warmSmall);
        assertThat(warmSmall).isLessThan(coldSmall);
    }

    private int dashboardStatements(int year, long root) {
        return StatementCounter.count(() -> dashboard(year, root)).statements();
    }

    private Document dashboard(int year, long root) {
        try {
            return Jsoup.parse(mvc.perform(get("/dashboard")
                            .with(user(users.loadUserByUsername("leader")))
                            .param("year", String.valueOf(year))
                            .param("unit", String.valueOf(root)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String caption(int year, long root) {
        return dashboard(year, root).getElementById("figures-caption").text();
    }

    private int planStatements(Long plan) {
        return StatementCounter.count(() -> {
                    try {
                        return mvc.perform(get("/plans/{id}", plan).with(user(users.loadUserByUsername("itstaff"))))
                                .andExpect(status().isOk())
                                .andReturn();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .statements();
    }

    private static void approved(ReportFixture fx, long unit, long period) {
        filled(fx.report(unit, period, "APPROVED"));
    }

    private static long filled(ReportFixture.ReportBuilder report) {
        return report.infrastructure(20, 15, 15, 10, 1, true, true, false, false, false, 4, 1)
                .email(20, 10, true)
                .eoffice(true, false, 5, 5, 2, 2)
                .services(1, 1, 0, 0)
                .save();
    }
}
