package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;

/**
 * Reopening an approved report with its reason, and what the review page shows of the changes since the last
 * submission and the last approval.
 */
@PostgresTest
class ReviewChangesTest {

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
        assertThat(jdbc.queryForObject("select state from status_report where id = ?", String.class, id))
                .isEqualTo("RETURNED");
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
        assertThat(jdbc.queryForObject("select state from status_report where id = ?", String.class, id))
                .isEqualTo("APPROVED");
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
        assertThat(jdbc.queryForObject("select state from status_report where id = ?", String.class, id))
                .isEqualTo("SUBMITTED");
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
}
