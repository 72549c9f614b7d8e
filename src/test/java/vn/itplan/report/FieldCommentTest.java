package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;

/**
 * Staff comments on one field of a report: stored with the field's key, audited, the unit told; shown next to the
 * field on the report's page and on the unit's form (the input described by them), marked "earlier" once the unit has
 * submitted again; only staff may write one, only for a field of the report, and another unit never sees it.
 */
@PostgresTest
class FieldCommentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReportSubmissions reports;

    ReportTestData data;
    CurrentUser unit;
    CurrentUser staff;

    @BeforeEach
    void setUp() {
        data = new ReportTestData(jdbc, users);
        unit = data.user("unit-stc");
        staff = data.user("itstaff");
    }

    @Test
    void aCommentOnAFieldIsStoredAuditedSentAndShownNextToTheFieldOnTheUnitsForm() throws Exception {
        long id = ReportTestData.submitted(reports, unit, data.openPeriod());
        mvc.perform(post("/reports/{id}/field-comments", id)
                        .with(user(staff))
                        .with(csrf())
                        .param("field", "pcs")
                        .param("text", "  Số máy tính không khớp biên bản kiểm kê.  "))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reports/" + id + "#value-pcs"))
                .andExpect(flash().attribute("flash", ReportTestData.success("report.fieldComment.sent")));

        assertThat(jdbc.queryForList(
                        "select kind || '|' || field_key || '|' || author || '|' || body from report_comment"
                                + " where report_id = ?",
                        String.class,
                        id))
                .containsExactly("NOTE|pcs|itstaff|Số máy tính không khớp biên bản kiểm kê.");
        assertThat(jdbc.queryForObject(
                        "select summary from audit_event where entity_type = 'StatusReport' and entity_id = ?"
                                + " and action = 'REPORT_COMMENTED'",
                        String.class,
                        id))
                .contains("audit.summary.report.fieldCommented", "report.field.pcs");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification n join app_user u on u.id = n.user_id"
                                + " where n.report_id = ? and n.kind = 'COMMENTED' and u.username = 'unit-stc'"
                                + " and n.comment = 'Số máy tính không khớp biên bản kiểm kê.'",
                        Integer.class,
                        id))
                .isEqualTo(1);

        // the review page: next to the field, and in the history naming it
        Document review = page("itstaff", "/reports/" + id);
        assertThat(review.select("#value-pcs #value-pcs-comments").text())
                .contains("Số máy tính không khớp biên bản kiểm kê.", "itstaff");
        assertThat(review.select("#value-servers-comments")).isEmpty();
        assertThat(review.select("#comments a[href=#value-pcs]")).hasSize(1);

        // returned: the unit's form shows it next to the field, the input described by it, still while editing
        ReportTestData.review(reports, id, ReportAction.RETURN, "Xem góp ý từng chỉ tiêu.", staff);
        Document form = page("unit-stc", "/reports/" + id + "/edit");
        Element comments = form.selectFirst("#field-pcs #pcs-comments");
        assertThat(comments).isNotNull();
        assertThat(comments.text()).contains("Số máy tính không khớp biên bản kiểm kê.", "itstaff");
        assertThat(comments.select(".report-field-comment-earlier")).isEmpty();
        assertThat(form.selectFirst("input#pcs").attr("aria-describedby")).contains("pcs-comments");
        assertThat(form.selectFirst("input#servers").attr("aria-describedby")).doesNotContain("comments");
        assertThat(form.select("#field-comments-summary a[href=#field-pcs]")).hasSize(1);

        // submitted again: the comment was about the earlier submission
        ReportForm again = ReportTestData.validForm(reports.version(id, unit));
        again.setAcknowledged(java.util.List.of());
        ReportSubmissions.SubmitOutcome outcome = reports.submit(id, again, unit);
        if (outcome.status() == ReportSubmissions.SubmitOutcome.Status.NEEDS_ACKNOWLEDGEMENT) {
            again.setVersion(outcome.version());
            again.setAcknowledged(outcome.warnings().stream().map(Warning::code).toList());
            reports.submit(id, again, unit);
        }
        Document resubmitted = page("itstaff", "/reports/" + id);
        assertThat(resubmitted.select("#value-pcs-comments .report-field-comment-earlier"))
                .hasSize(1);
    }

    @Test
    void aFieldThatIsNotOnTheReportIsRefusedNextToTheChoiceWithTheTextKept() throws Exception {
        long id = ReportTestData.submitted(reports, unit, data.openPeriod());
        String html = mvc.perform(post("/reports/{id}/field-comments", id)
                        .with(user(staff))
                        .with(csrf())
                        .param("field", "pcs'><script>")
                        .param("text", "Giữ nguyên nội dung này."))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#field-error").text()).isNotBlank();
        assertThat(page.selectFirst("select#field").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("textarea#text").text()).isEqualTo("Giữ nguyên nội dung này.");
        assertThat(page.select("#flash-error")).hasSize(1);

        mvc.perform(post("/reports/{id}/field-comments", id)
                        .with(user(staff))
                        .with(csrf())
                        .param("field", "pcs")
                        .param("text", " "))
                .andExpect(status().isOk());
        assertThat(count(id)).isZero();
    }

    @Test
    void anExtraFieldOfTheReportsYearMayBeCommentedOnButNotOneOfAnotherYear() throws Exception {
        int year = TestYears.periodYear();
        long id = ReportTestData.submitted(reports, unit, data.openPeriod(year));
        String code = "FC" + Long.toString(System.nanoTime(), 36).toUpperCase();
        jdbc.update(
                "insert into report_extra_field (code, label_vi, label_en, field_type, section, valid_from_year,"
                        + " valid_to_year) values (?, 'Số phòng họp trực tuyến', 'Video meeting rooms', 'WHOLE_NUMBER',"
                        + " 'INFRASTRUCTURE', ?, ?)",
                code,
                year,
                year);
        jdbc.update(
                "insert into report_extra_field (code, label_vi, label_en, field_type, section, valid_from_year,"
                        + " valid_to_year) values (?, 'Khác', 'Other', 'WHOLE_NUMBER', 'INFRASTRUCTURE', ?, ?)",
                code + "_X",
                year + 1,
                year + 1);
        mvc.perform(post("/reports/{id}/field-comments", id)
                        .with(user(staff))
                        .with(csrf())
                        .param("field", code + "_X")
                        .param("text", "Không thuộc năm này."))
                .andExpect(status().isOk());
        mvc.perform(post("/reports/{id}/field-comments", id)
                        .with(user(staff))
                        .with(csrf())
                        .param("field", code)
                        .param("text", "Thiếu số phòng họp."))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select field_key from report_comment where report_id = ?", String.class, id))
                .containsExactly(code);
        assertThat(page("itstaff", "/reports/" + id)
                        .select("#value-" + code + "-comments")
                        .text())
                .contains("Thiếu số phòng họp.");
    }

    @Test
    void onlyStaffCommentAndAnotherUnitNeverSeesTheComment() throws Exception {
        long id = ReportTestData.submitted(reports, unit, data.openPeriod());
        mvc.perform(post("/reports/{id}/field-comments", id)
                        .with(user(unit))
                        .with(csrf())
                        .param("field", "pcs")
                        .param("text", "Tự góp ý."))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/{id}/field-comments", id)
                        .with(user(data.user("leader")))
                        .with(csrf())
                        .param("field", "pcs")
                        .param("text", "Lãnh đạo góp ý."))
                .andExpect(status().isForbidden());
        assertThat(count(id)).isZero();
        assertThat(page("unit-stc", "/reports/" + id).select("a.report-comment-link, #field-comment"))
                .isEmpty();

        mvc.perform(post("/reports/{id}/field-comments", id)
                        .with(user(staff))
                        .with(csrf())
                        .param("field", "pcs")
                        .param("text", "Chỉ đơn vị này được xem."))
                .andExpect(status().is3xxRedirection());
        CurrentUser other = data.user("unit-dakha");
        mvc.perform(get("/reports/{id}", id).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/{id}/edit", id).with(user(other))).andExpect(status().isNotFound());
        assertThat(page("unit-stc", "/reports/" + id)
                        .select("#value-pcs-comments")
                        .text())
                .contains("Chỉ đơn vị này được xem.");
    }

    private Document page(String username, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(data.user(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private int count(long id) {
        return jdbc.queryForObject("select count(*) from report_comment where report_id = ?", Integer.class, id);
    }
}
