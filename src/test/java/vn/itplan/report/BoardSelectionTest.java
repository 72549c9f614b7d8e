package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.itplan.support.PostgresTest;
import vn.itplan.unit.UnitKind;

/** The board's filters and order, and approving several submitted reports in one action. */
@PostgresTest
class BoardSelectionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReportSubmissions reports;

    ReportTestData data;

    @BeforeEach
    void setUp() {
        data = new ReportTestData(jdbc, users);
    }

    @Test
    void staffApproveTheTickedReportsWithoutWarningsEachAuditedAndNotified() throws Exception {
        long period = data.openPeriod();
        long clean = ReportTestData.submitted(reports, data.user("unit-stc"), period);
        long warned = ReportTestData.submitted(reports, data.user("unit-dakha"), period);
        jdbc.update("update status_report set acknowledged_warnings = null where id = ?", clean);
        jdbc.update("update status_report set acknowledged_warnings = 'BIG_CHANGE|pcs' where id = ?", warned);

        String board = mvc.perform(
                        get("/reports").param("period", String.valueOf(period)).with(user(data.user("itstaff"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(board).contains("id=\"pick-STC\"").doesNotContain("id=\"pick-DAKHA\"");

        mvc.perform(post("/reports/approve")
                        .with(user(data.user("unit-stc")))
                        .with(csrf())
                        .param("ids", String.valueOf(clean))
                        .param("period", String.valueOf(period)))
                .andExpect(status().isForbidden());
        assertThat(state(clean)).isEqualTo("SUBMITTED");

        mvc.perform(post("/reports/approve")
                        .with(user(data.user("itstaff")))
                        .with(csrf())
                        .param("ids", String.valueOf(clean), String.valueOf(warned))
                        .param("period", String.valueOf(period)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", ReportTestData.success("report.approveTogether.done")));
        assertThat(state(clean)).isEqualTo("APPROVED");
        assertThat(state(warned)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_id = ? and action = 'REPORT_APPROVED'",
                        Integer.class,
                        clean))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where report_id = ? and kind = 'APPROVED'",
                        Integer.class,
                        clean))
                .isPositive();

        mvc.perform(post("/reports/approve")
                        .with(user(data.user("itstaff")))
                        .with(csrf())
                        .param("ids", String.valueOf(warned))
                        .param("period", String.valueOf(period)))
                .andExpect(flash().attribute("flash", ReportTestData.error("report.approveTogether.none")));
    }

    @Test
    void theBoardFiltersByStateAndGroupAndSortsByTimeliness() throws Exception {
        long period = data.openPeriod();
        ReportTestData.submitted(reports, data.user("unit-stc"), period);
        ReportTestData.submitted(reports, data.user("unit-dakha"), period);

        List<BoardRow> provincial = rows(period, "SUBMITTED", "PROVINCIAL", null);
        assertThat(provincial).extracting(BoardRow::unitCode).contains("STC").doesNotContain("DAKHA");
        assertThat(provincial)
                .allMatch(r -> r.state() == ReportState.SUBMITTED && r.group() == UnitKind.Group.PROVINCIAL);

        List<BoardRow> byState = rows(period, null, null, "state");
        assertThat(byState.get(0).state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(byState.get(byState.size() - 1).state()).isNull();

        List<BoardRow> byGroup = rows(period, null, null, "group");
        assertThat(byGroup).extracting(BoardRow::group).isSortedAccordingTo(Enum::compareTo);

        assertThat(rows(period, "NONSENSE", "NONSENSE", "NONSENSE")).hasSize(byState.size());
    }

    @SuppressWarnings("unchecked")
    private List<BoardRow> rows(long period, String show, String group, String sort) throws Exception {
        var request = get("/reports").param("period", String.valueOf(period)).with(user(data.user("itstaff")));
        for (String[] p : new String[][] {{"show", show}, {"group", group}, {"sort", sort}}) {
            if (p[1] != null) {
                request.param(p[0], p[1]);
            }
        }
        MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentAsString()).as("rendered to the end").contains("</html>");
        return (List<BoardRow>) result.getModelAndView().getModel().get("rows");
    }

    private String state(long id) {
        return jdbc.queryForObject("select state from status_report where id = ?", String.class, id);
    }
}
