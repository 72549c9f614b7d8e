package vn.itplan.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;

/** Who may see the dashboard, the drill-down and unit profiles; hostile names render as text. */
@PostgresTest
class DashboardAccessTest {

    private static final String HOSTILE = "</script><script>alert(1)</script>";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    static Long root;
    static long hostileUnit;
    static long period;
    static int year;

    @BeforeEach
    void createDataOnce() {
        if (root != null) {
            return;
        }
        ReportFixture fx = new ReportFixture(jdbc);
        ReportFixture.Period created = fx.annualPeriod();
        period = created.id();
        year = created.year();
        root = fx.unit("XSS", "OTHER", null, false);
        hostileUnit = fx.unit("H", "SO", root, true);
        jdbc.update("update unit set name = ? where id = ?", HOSTILE, hostileUnit);
        fx.report(hostileUnit, period, "APPROVED")
                .infrastructure(10, 10, 10, 10, 0, true, true, false, false, false, 2, 0)
                .email(10, 5, true)
                .eoffice(true, false, 2, 2, 1, 1)
                .save();
        long other = fx.unit("O", "SO", root, true);
        fx.report(other, period, "DRAFT").save();
    }

    UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    @Test
    void leadersAndStaffSeeTheDashboard() throws Exception {
        mvc.perform(get("/dashboard").with(user(as("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kpis\"")));
        mvc.perform(get("/dashboard").with(user(as("itstaff")))).andExpect(status().isOk());
        mvc.perform(get("/dashboard").with(user(as("admin")))).andExpect(status().isOk());
    }

    @Test
    void unitAdminsAndAnonymousUsersDoNot() throws Exception {
        mvc.perform(get("/dashboard").with(user(as("unit-dakha")))).andExpect(status().isForbidden());
        mvc.perform(get("/figures/{p}/UD04", period).with(user(as("unit-dakha"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aQuarterShowsItsFiguresAndTheTrendGoesQuarterByQuarter() throws Exception {
        ReportFixture fx = new ReportFixture(jdbc);
        for (int quarter = 1; quarter <= 2; quarter++) {
            fx.report(hostileUnit, fx.quarterlyPeriod(year, quarter, false), "APPROVED")
                    .infrastructure(10, 10, 10, 10, 0, true, true, false, false, false, 2, 0)
                    .email(10, 5 * quarter, quarter == 2)
                    .eoffice(true, false, 2, 2, 1, 1)
                    .save();
        }
        mvc.perform(get("/dashboard")
                        .param("year", String.valueOf(year))
                        .param("quarter", "2")
                        .param("unit", root.toString())
                        .with(user(as("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số liệu quý 2/" + year)))
                .andExpect(content().string(containsString("Xếp hạng mức độ ứng dụng CNTT quý 2/" + year)))
                .andExpect(content().string(containsString("Diễn biến qua các quý")))
                .andExpect(content().string(containsString("Quý 1/" + year)));
        mvc.perform(get("/dashboard")
                        .param("year", String.valueOf(year))
                        .param("quarter", "7")
                        .param("unit", root.toString())
                        .with(user(as("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số liệu năm " + year)))
                .andExpect(content().string(not(containsString("Diễn biến qua các quý"))));
    }

    @Test
    void theHeadlineCardsCanBeGroupedByAnExternalFramework() throws Exception {
        Long internet = jdbc.queryForObject("select id from indicator where code = 'HT03'", Long.class);
        jdbc.update(
                "insert into indicator_framework_code (indicator_id, framework, code) values (?, 'DTI', 'TEST-7')",
                internet);
        try {
            mvc.perform(get("/dashboard")
                            .param("year", String.valueOf(year))
                            .param("framework", "DTI")
                            .with(user(as("leader"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"kpi-HT03\"")))
                    .andExpect(content().string(containsString("DTI TEST-7")))
                    .andExpect(content().string(not(containsString("id=\"kpi-UD04\""))));
            mvc.perform(get("/dashboard")
                            .param("year", String.valueOf(year))
                            .param("framework", "ICT_INDEX")
                            .with(user(as("leader"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"no-framework-codes\"")));
            mvc.perform(get("/dashboard")
                            .param("year", String.valueOf(year))
                            .param("framework", "<NOPE>")
                            .with(user(as("leader"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"kpi-UD04\"")))
                    .andExpect(content().string(not(containsString("kpi-framework-code"))));
        } finally {
            jdbc.update("delete from indicator_framework_code where indicator_id = ? and code = 'TEST-7'", internet);
        }
    }

    @Test
    void filtersTravelInTheUrlAndBadOnesAreRefusedCleanly() throws Exception {
        mvc.perform(get("/dashboard")
                        .param("year", String.valueOf(year))
                        .param("unit", root.toString())
                        .param("group", "PROVINCIAL")
                        .with(user(as("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1/2")));
        mvc.perform(get("/dashboard").param("group", "NOPE").with(user(as("leader"))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/dashboard").param("year", "abc").with(user(as("leader"))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/dashboard").param("unit", "999999").with(user(as("leader"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard").param("period", "999999").with(user(as("leader"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aHostileUnitNameIsRenderedAsText() throws Exception {
        mvc.perform(get("/dashboard")
                        .param("year", String.valueOf(year))
                        .param("unit", root.toString())
                        .with(user(as("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;")));
        mvc.perform(get("/figures/{p}/UD04", period)
                        .param("unit", root.toString())
                        .with(user(as("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void theDrilldownShowsTheUnitsOfAFigure() throws Exception {
        mvc.perform(get("/figures/{p}/UD04", period)
                        .param("unit", root.toString())
                        .with(user(as("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"figure-value\">1/1<")))
                .andExpect(content().string(containsString("1/2")));
        mvc.perform(get("/figures/{p}/XX99", period).with(user(as("leader")))).andExpect(status().isNotFound());
        mvc.perform(get("/figures/{p}/UD04", 999999).with(user(as("leader")))).andExpect(status().isNotFound());
    }

    @Test
    void unitAdminsSeeOnlyTheirOwnProfile() throws Exception {
        Long dakha = jdbc.queryForObject("select id from unit where code = 'DAKHA'", Long.class);
        Long stc = jdbc.queryForObject("select id from unit where code = 'STC'", Long.class);

        mvc.perform(get("/units/{id}/profile", dakha).with(user(as("unit-dakha"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đắk Hà")));
        mvc.perform(get("/units/{id}/profile", stc).with(user(as("unit-dakha"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/units/{id}/profile", stc).with(user(as("leader")))).andExpect(status().isOk());
        mvc.perform(get("/units/{id}/profile", 999999).with(user(as("leader")))).andExpect(status().isNotFound());
    }
}
