package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;
import vn.itplan.unit.UnitKind;

/**
 * The review: reopening an approved report with its reason, what the review page shows of the changes since the last
 * submission and the last approval, comments without a decision; the board's filters and order and approving several
 * reports in one action; the IT staff's work queue.
 */
@PostgresTest
class ReviewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReportSubmissions reports;

    @Autowired
    Clock clock;

    ReportTestData data;

    @BeforeEach
    void setUp() {
        data = new ReportTestData(jdbc, users);
    }

    @Test
    void aReopenedReportShowsItsReasonToBothSidesAndItsChangesToTheReviewer() throws Exception {
        CurrentUser unit = data.user("unit-stc");
        CurrentUser staff = data.user("itstaff");
        long id = ReportTestData.submitted(reports, unit, data.openPeriod());
        String page = html("itstaff", id);
        assertThat(page).doesNotContain("id=\"changes\"");
        assertThat(page.indexOf("id=\"review\"")).isGreaterThan(page.indexOf("id=\"section-services\""));

        ReportTestData.review(reports, id, ReportAction.APPROVE, null, staff);
        long version = reports.version(id, staff);
        mvc.perform(post("/reports/{id}/reopen", id)
                        .with(user(staff))
                        .with(csrf())
                        .param("comment", "Số máy chủ sai.")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("RETURNED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification n join app_user u on u.id = n.user_id"
                                + " where n.report_id = ? and n.kind = 'REOPENED' and u.username = 'unit-stc'"
                                + " and n.comment = 'Số máy chủ sai.'",
                        Integer.class,
                        id))
                .isEqualTo(1);
        assertThat(html("unit-stc", id)).contains("Số máy chủ sai.");
        assertThat(html("itstaff", id)).contains("Số máy chủ sai.");

        ReportForm corrected = ReportTestData.validForm(reports.version(id, unit));
        corrected.setServers(3);
        corrected.setAcknowledged(java.util.List.of());
        ReportSubmissions.SubmitOutcome outcome = reports.submit(id, corrected, unit);
        if (outcome.status() == ReportSubmissions.SubmitOutcome.Status.NEEDS_ACKNOWLEDGEMENT) {
            corrected.setVersion(outcome.version());
            corrected.setAcknowledged(
                    outcome.warnings().stream().map(Warning::code).toList());
            outcome = reports.submit(id, corrected, unit);
        }
        assertThat(outcome.status()).isEqualTo(ReportSubmissions.SubmitOutcome.Status.SUBMITTED);

        String review = html("itstaff", id);
        // since the submission before this one, and since the approval: servers 2 → 3, nothing else
        assertThat(review).contains("id=\"change-0-servers\"", "id=\"change-1-servers\"");
        assertThat(review).doesNotContain("id=\"change-0-pcs\"", "id=\"change-1-pcs\"");
        assertThat(review.indexOf("id=\"review\"")).isGreaterThan(review.indexOf("id=\"changes\""));
        assertThat(jdbc.queryForList(
                        "select kind from report_snapshot where report_id = ? order by id", String.class, id))
                .containsExactly("SUBMIT", "APPROVE", "SUBMIT");
    }

    @Test
    void reopeningWithoutAReasonIsRefusedNextToTheField() throws Exception {
        CurrentUser staff = data.user("itstaff");
        long id = ReportTestData.submitted(reports, data.user("unit-stc"), data.openPeriod());
        ReportTestData.review(reports, id, ReportAction.APPROVE, null, staff);
        String page = mvc.perform(post("/reports/{id}/reopen", id)
                        .with(user(staff))
                        .with(csrf())
                        .param("comment", "  ")
                        .param("version", String.valueOf(reports.version(id, staff))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"comment-error\"");
        assertThat(state(id)).isEqualTo("APPROVED");
    }

    @Test
    void staffCommentWithoutDecidingAndTheUnitIsTold() throws Exception {
        CurrentUser staff = data.user("itstaff");
        long id = ReportTestData.submitted(reports, data.user("unit-stc"), data.openPeriod());
        mvc.perform(post("/reports/{id}/comment", id)
                        .with(user(staff))
                        .with(csrf())
                        .param("comment", "Xem lại số máy in.")
                        .param("version", String.valueOf(reports.version(id, staff))))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where report_id = ? and kind = 'COMMENTED'",
                        Integer.class,
                        id))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_id = ? and action = 'REPORT_COMMENTED'",
                        Integer.class,
                        id))
                .isEqualTo(1);
        assertThat(html("unit-stc", id)).contains("Xem lại số máy in.");
        mvc.perform(post("/reports/{id}/comment", id)
                        .with(user(data.user("unit-stc")))
                        .with(csrf())
                        .param("comment", "x")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
    }

    private String html(String username, long id) throws Exception {
        return mvc.perform(get("/reports/{id}", id).with(user(data.user(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    // ------------------------------------------------------------------ the board

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
        assertThat(result.getResponse().getContentAsString())
                .as("rendered to the end")
                .contains("</html>");
        return (List<BoardRow>) result.getModelAndView().getModel().get("rows");
    }

    private String state(long id) {
        return jdbc.queryForObject("select state from status_report where id = ?", String.class, id);
    }

    // ------------------------------------------------------------------ the staff's work queue

    @Test
    void staffLandOnWhatWaitsForThem() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long waiting = ReportTestData.submitted(reports, data.user("unit-stc"), data.openPeriod());
        jdbc.update("update status_report set submitted_at = submitted_at - interval '3 days' where id = ?", waiting);
        long late = data.period(
                TestYears.periodYear(), today.minusDays(100), today.minusDays(10), today.minusDays(5), true);
        data.extension(data.unitId("DAKHA"), late, today.plusDays(3));

        mvc.perform(get("/").with(user(data.user("itstaff")))).andExpect(redirectedUrl("/reports/queue"));
        String page = mvc.perform(get("/reports/queue").with(user(data.user("itstaff"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"waiting-" + waiting + "\"", "3 ngày");
        // the overdue units come a page at a time, the longest overdue first (the demo's open periods of 2015 before)
        StringBuilder overdue = new StringBuilder();
        int pages = ((ReportQueues.StaffQueue) mvc.perform(get("/reports/queue").with(user(data.user("itstaff"))))
                        .andReturn()
                        .getModelAndView()
                        .getModel()
                        .get("queue"))
                .overdue()
                .getTotalPages();
        for (int p = 0; p < pages; p++) {
            overdue.append(mvc.perform(get("/reports/queue")
                            .param("page", String.valueOf(p))
                            .with(user(data.user("itstaff"))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
        }
        assertThat(overdue).contains("id=\"overdue-" + late + "-STC\"");
        assertThat(overdue).doesNotContain("id=\"overdue-" + late + "-DAKHA\"");
        assertThat(page.substring(page.indexOf("id=\"queue-extensions\""))).contains("Đắk Hà");

        mvc.perform(get("/reports/queue").with(user(data.user("unit-stc")))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/queue").with(user(data.user("leader")))).andExpect(status().isForbidden());
    }
}
