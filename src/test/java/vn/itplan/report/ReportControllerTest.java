package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.itplan.audit.AuditEvent;
import vn.itplan.audit.AuditService;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;
import vn.itplan.web.Flash;

/**
 * The report pages through MockMvc on PostgreSQL: the unit's flow, review, locks, conflicts and scoping. Every period
 * has a year of its own from {@link TestYears}.
 */
@PostgresTest
class ReportControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReportSubmissions reports;

    @Autowired
    AttachmentService attachments;

    @Autowired
    AuditService audit;

    ReportTestData data;

    @BeforeEach
    void setUp() {
        data = new ReportTestData(jdbc, users);
    }

    CurrentUser as(String username) {
        return data.user(username);
    }

    long demoReport(String unitCode, int year, String kind, int seq) {
        return jdbc.queryForObject(
                "select r.id from status_report r join unit u on u.id = r.unit_id"
                        + " join reporting_period p on p.id = r.period_id where u.code = ? and p.period_year = ?"
                        + " and p.kind = ? and p.seq = ?",
                Long.class,
                unitCode,
                year,
                kind,
                seq);
    }

    String state(long id) {
        return jdbc.queryForObject("select state from status_report where id = ?", String.class, id);
    }

    long version(long id) {
        return jdbc.queryForObject("select version from status_report where id = ?", Long.class, id);
    }

    Integer staffCount(long id) {
        return jdbc.queryForObject(
                "select staff_count from infrastructure_inventory where report_id = ?", Integer.class, id);
    }

    static MockHttpServletRequestBuilder withParams(MockHttpServletRequestBuilder request, Map<String, String> params) {
        params.forEach(request::param);
        return request;
    }

    MockHttpServletRequestBuilder save(String username, long id, Map<String, String> params) {
        return withParams(
                        post("/reports/{id}/edit", id).with(user(as(username))).with(csrf()), params)
                .param("version", String.valueOf(version(id)));
    }

    MockHttpServletRequestBuilder submit(String username, long id, Map<String, String> params) {
        return withParams(
                        post("/reports/{id}/submit", id)
                                .with(user(as(username)))
                                .with(csrf()),
                        params)
                .param("version", String.valueOf(version(id)));
    }

    MockHttpServletRequestBuilder review(String username, long id, String action, String comment) {
        return post("/reports/{id}/" + action, id)
                .with(user(as(username)))
                .with(csrf())
                .param("comment", comment)
                .param("version", String.valueOf(version(id)));
    }

    long start(String username, long periodId) throws Exception {
        MvcResult result = mvc.perform(post("/reports")
                        .with(user(as(username)))
                        .with(csrf())
                        .param("periodId", String.valueOf(periodId)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/reports/\\d+/edit");
        return Long.parseLong(location.replaceAll("\\D", ""));
    }

    List<String> actions(long id) {
        return audit.historyOf(ReportAccess.ENTITY, id).stream()
                .map(AuditEvent::getAction)
                .toList();
    }

    // ------------------------------------------------------------------ lists

    @Test
    void aUnitAdminSeesTheirOwnUnitsPeriodsOnly() throws Exception {
        mvc.perform(get("/reports").with(user(as("unit-dakha"))))
                .andExpect(status().isOk())
                .andExpect(view().name(ReportController.UNIT_LIST))
                .andExpect(content().string(containsString("UBND huyện Đắk Hà")))
                .andExpect(content().string(containsString("Quý 2/2015")))
                .andExpect(content().string(containsString("Bắt đầu báo cáo")))
                .andExpect(content().string(containsString("Điền sẵn số liệu từ báo cáo đã duyệt Quý 1/2015")))
                .andExpect(content().string(not(containsString("Sở Tài chính"))));
    }

    @Test
    void staffSeeTheBoardOfThePeriodBeingCollected() throws Exception {
        long q1 = jdbc.queryForObject(
                "select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY'" + " and seq = 1",
                Long.class);
        MvcResult result = mvc.perform(get("/reports").with(user(as("itstaff"))))
                .andExpect(status().isOk())
                .andExpect(view().name(ReportController.BOARD))
                .andExpect(content().string(containsString("Quý 1/2015")))
                .andExpect(content().string(containsString("Sở Tài chính")))
                .andReturn();
        BoardPage board = (BoardPage) result.getModelAndView().getModel().get("board");
        assertThat(board.period().periodId()).isEqualTo(q1);
        assertThat(board.counts().approved()).isEqualTo(10);

        MvcResult overdue = mvc.perform(get("/reports")
                        .param("period", String.valueOf(q1))
                        .param("show", "OVERDUE")
                        .with(user(as("itstaff"))))
                .andExpect(status().isOk())
                .andReturn();
        @SuppressWarnings("unchecked")
        List<BoardRow> rows =
                (List<BoardRow>) overdue.getModelAndView().getModel().get("rows");
        assertThat(rows).isNotEmpty().allMatch(r -> r.timeliness() == Timeliness.OVERDUE);
        assertThat(rows).extracting(BoardRow::unitCode).contains("STC", "SXD").doesNotContain("DAKHA");

        mvc.perform(get("/reports").param("period", "999999").with(user(as("itstaff"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports").param("period", "abc").with(user(as("itstaff"))))
                .andExpect(status().isBadRequest());
    }

    // ------------------------------------------------------------------ the unit's flow and the review

    @Test
    void aReportIsStartedSavedSubmittedReturnedResubmittedApprovedAndReopened() throws Exception {
        long period = data.openPeriod();
        long id = start("unit-dakha", period);
        mvc.perform(get("/reports/{id}/edit", id).with(user(as("unit-dakha"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-form\"")));

        // a partial draft
        mvc.perform(save("unit-dakha", id, Map.of("staffCount", "120")))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.success("report.saved")));
        assertThat(staffCount(id)).isEqualTo(120);
        assertThat(audit.historyOf(ReportAccess.ENTITY, id).get(1).getDetails()).contains("staffCount: — → 120");

        // submitting it: the draft is kept, every missing answer is shown at its field
        mvc.perform(submit("unit-dakha", id, Map.of("staffCount", "120", "pcs", "150")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "pcsInternet", "report.rule.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "deployed", "report.rule.required"))
                .andExpect(content()
                        .string(containsString("Số liệu đã được lưu vào bản nháp nhưng báo cáo chưa được nộp")))
                .andExpect(content().string(containsString("value=\"150\"")));
        assertThat(state(id)).isEqualTo("DRAFT");

        // complete figures: soft warnings (against DAKHA's approved 2015 Q1 report) must be acknowledged first
        Map<String, String> figures = ReportTestData.validParams();
        MvcResult warned = mvc.perform(submit("unit-dakha", id, figures))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"warnings\"")))
                .andReturn();
        assertThat(state(id)).isEqualTo("DRAFT");
        @SuppressWarnings("unchecked")
        List<Warning> warnings =
                (List<Warning>) warned.getModelAndView().getModel().get("warnings");
        assertThat(warnings).extracting(Warning::code).contains("change:staffCount", "change:pcs");

        MockHttpServletRequestBuilder acknowledged =
                submit("unit-dakha", id, figures).param("note", "Số liệu đã kiểm tra");
        warnings.forEach(w -> acknowledged.param("acknowledged", w.code()));
        mvc.perform(acknowledged)
                .andExpect(redirectedUrl("/reports/" + id))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.success("report.submitted")));
        assertThat(state(id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject(
                        "select acknowledged_warnings from status_report where id = ?", String.class, id))
                .contains("change:staffCount|270|100|");
        assertThat(jdbc.queryForObject(
                        "select first_submitted_on from status_report where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.now(clock));

        // the unit can no longer edit, and is told why
        mvc.perform(get("/reports/{id}/edit", id).with(user(as("unit-dakha"))))
                .andExpect(redirectedUrl("/reports/" + id));
        mvc.perform(get("/reports/{id}", id).with(user(as("unit-dakha"))))
                .andExpect(content().string(containsString("đang chờ Sở Thông tin và Truyền thông xem xét")));

        // returning needs a comment
        mvc.perform(review("itstaff", id, "return", "  "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("review", "comment", "report.review.commentRequired"));
        assertThat(state(id)).isEqualTo("SUBMITTED");
        mvc.perform(review("itstaff", id, "return", "Số máy tính giảm mạnh, đề nghị kiểm tra."))
                .andExpect(redirectedUrl("/reports?period=" + period));
        assertThat(state(id)).isEqualTo("RETURNED");

        // the unit sees the comment where it edits, corrects and resubmits
        mvc.perform(get("/reports/{id}/edit", id).with(user(as("unit-dakha"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số máy tính giảm mạnh, đề nghị kiểm tra.")));
        Map<String, String> corrected = new java.util.HashMap<>(figures);
        corrected.put("pcs", "85");
        MockHttpServletRequestBuilder resubmit = submit("unit-dakha", id, corrected);
        warnings.forEach(w -> resubmit.param("acknowledged", w.code()));
        mvc.perform(resubmit).andExpect(redirectedUrl("/reports/" + id));
        assertThat(state(id)).isEqualTo("SUBMITTED");

        mvc.perform(review("itstaff", id, "approve", "")).andExpect(redirectedUrl("/reports?period=" + period));
        assertThat(state(id)).isEqualTo("APPROVED");
        mvc.perform(get("/reports/{id}", id).with(user(as("unit-dakha"))))
                .andExpect(content().string(containsString("Báo cáo đã được duyệt")));

        mvc.perform(review("itstaff", id, "reopen", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("review", "comment", "report.review.reasonRequired"));
        mvc.perform(review("itstaff", id, "reopen", "Sai số máy chủ.")).andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("RETURNED");

        assertThat(actions(id))
                .containsExactly(
                        "REPORT_CREATED",
                        "REPORT_SAVED",
                        "REPORT_SAVED",
                        "REPORT_SAVED",
                        "REPORT_SUBMITTED",
                        "REPORT_RETURNED",
                        "REPORT_SAVED",
                        "REPORT_SUBMITTED",
                        "REPORT_APPROVED",
                        "REPORT_REOPENED");
        assertThat(jdbc.queryForList(
                        "select kind from report_comment where report_id = ? order by id", String.class, id))
                .containsExactly("SUBMIT", "RETURN", "REOPEN");
    }

    @Test
    void aReportCanBePrefilledFromTheLastApprovedOneExceptTheDocumentsOfThePeriod() throws Exception {
        long period = data.openPeriod();
        mvc.perform(post("/reports")
                        .with(user(as("unit-ngochoi")))
                        .with(csrf())
                        .param("periodId", String.valueOf(period))
                        .param("prefill", "true"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from status_report where period_id = ?", Long.class, period);
        long q1 = demoReport("NGOCHOI", 2015, "QUARTERLY", 1);
        assertThat(staffCount(id)).isEqualTo(staffCount(q1)).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select incoming_docs from eoffice_adoption where report_id = ?", Integer.class, id))
                .isNull();
        assertThat(jdbc.queryForObject("select deployed from eoffice_adoption where report_id = ?", Boolean.class, id))
                .isTrue();
        assertThat(audit.historyOf(ReportAccess.ENTITY, id).get(0).getSummary())
                .startsWith("§audit.summary.report.prefilled|#period.label.QUARTERLY");
    }

    @Test
    void badInputIsShownNextToEachFieldAndNothingTypedIsLost() throws Exception {
        long id = start("unit-sathay", data.openPeriod());
        mvc.perform(save(
                        "unit-sathay",
                        id,
                        Map.of(
                                "pcs",
                                "abc",
                                "servers",
                                "-5",
                                "deployedSince",
                                "31/02/2015",
                                "lanUpgradedYear",
                                "15",
                                "outgoingEmailPercent",
                                "120",
                                "bandwidthMbps",
                                "1,234",
                                "staffCount",
                                "1.200",
                                "printers",
                                "1.5")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "pcs", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrors(
                                "form",
                                "servers",
                                "deployedSince",
                                "lanUpgradedYear",
                                "outgoingEmailPercent",
                                "bandwidthMbps",
                                "printers"))
                .andExpect(content().string(containsString("value=\"abc\"")))
                .andExpect(content().string(containsString("value=\"31/02/2015\"")))
                .andExpect(content().string(containsString("value=\"-5\"")))
                .andExpect(content().string(containsString("Không được là số âm.")))
                .andExpect(content().string(containsString("Nhập ngày có thật theo dạng dd/MM/yyyy")))
                .andExpect(content().string(containsString("Chưa lưu được vì một số ô nhập chưa đúng")));
        assertThat(staffCount(id)).as("nothing saved").isNull();

        mvc.perform(save("unit-sathay", id, Map.of("staffCount", "1.200", "bandwidthMbps", "10,5")))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"));
        assertThat(staffCount(id)).isEqualTo(1200);
        assertThat(jdbc.queryForObject(
                        "select bandwidth_mbps from infrastructure_inventory where report_id = ?",
                        java.math.BigDecimal.class,
                        id))
                .isEqualByComparingTo("10.5");
        mvc.perform(get("/reports/{id}/edit", id).with(user(as("unit-sathay"))))
                .andExpect(content().string(containsString("value=\"10,5\"")));

        mvc.perform(withParams(
                        post("/reports/{id}/edit", id)
                                .with(user(as("unit-sathay")))
                                .with(csrf()),
                        Map.of("staffCount", "1 300", "bandwidthMbps", "12.5", "version", String.valueOf(version(id)))))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"));
        assertThat(staffCount(id)).isEqualTo(1300);
        mvc.perform(get("/reports/{id}/edit", id).param("lang", "en").with(user(as("unit-sathay"))))
                .andExpect(content().string(containsString("value=\"12,5\"")));
    }

    // ------------------------------------------------------------------ concurrency

    @Test
    void ofTwoSavesWithTheSameVersionOneWinsAndTheOtherGetsTheConflictWithItsInputKept() throws Exception {
        long id = start("unit-stc", data.openPeriod());
        long opened = version(id);
        mvc.perform(withParams(
                        post("/reports/{id}/edit", id)
                                .with(user(as("unit-stc")))
                                .with(csrf()),
                        Map.of("staffCount", "111", "version", String.valueOf(opened))))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"));
        mvc.perform(withParams(
                        post("/reports/{id}/edit", id)
                                .with(user(as("unit-stc")))
                                .with(csrf()),
                        Map.of("staffCount", "222", "pcs", "90", "version", String.valueOf(opened))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("Người khác đã thay đổi bản ghi này")))
                .andExpect(content().string(containsString("value=\"222\"")))
                .andExpect(content().string(containsString("Giá trị đang lưu (do người khác vừa sửa): 111")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version(id) + "\"")));
        assertThat(staffCount(id)).as("the first save stands").isEqualTo(111);

        mvc.perform(save("unit-stc", id, Map.of("staffCount", "222", "pcs", "90")))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"));
        assertThat(staffCount(id)).as("re-applied deliberately").isEqualTo(222);
    }

    @Test
    void aStaleReviewIsRefusedWithAMessage() throws Exception {
        long id = ReportTestData.submitted(reports, as("unit-dakto"), data.openPeriod());
        long seen = version(id);
        mvc.perform(review("itstaff", id, "approve", ""));
        mvc.perform(post("/reports/{id}/return", id)
                        .with(user(as("admin")))
                        .with(csrf())
                        .param("comment", "x")
                        .param("version", String.valueOf(seen)))
                .andExpect(redirectedUrl("/reports/" + id))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.error("report.action.notAllowedInState")));
        assertThat(state(id)).isEqualTo("APPROVED");
    }

    // ------------------------------------------------------------------ locks

    @Test
    void aClosedPeriodLocksTheReportUntilTheUnitIsGivenAnExtension() throws Exception {
        int year = TestYears.periodYear();
        long period = data.openPeriod(year);
        String beforeDue = "01/01/" + (year + 1);
        String afterDue = "01/03/" + (year + 1);
        long id = start("unit-konray", period);
        jdbc.update("update reporting_period set open = false where id = ?", period);

        mvc.perform(get("/reports/{id}/edit", id).with(user(as("unit-konray"))))
                .andExpect(redirectedUrl("/reports/" + id));
        mvc.perform(get("/reports/{id}", id).with(user(as("unit-konray"))))
                .andExpect(content().string(containsString("Kỳ báo cáo đã khóa nên không thể sửa hoặc nộp báo cáo")));
        mvc.perform(save("unit-konray", id, Map.of("staffCount", "5")))
                .andExpect(redirectedUrl("/reports/" + id))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.error("report.lock.periodClosed")));
        assertThat(staffCount(id)).isNull();

        long unit = data.unitId("KONRAY");
        mvc.perform(get("/reports/extensions/new")
                        .param("unitId", String.valueOf(unit))
                        .param("periodId", String.valueOf(period))
                        .with(user(as("itstaff"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UBND huyện Kon Rẫy")));
        mvc.perform(post("/reports/extensions")
                        .with(user(as("itstaff")))
                        .with(csrf())
                        .param("unitId", String.valueOf(unit))
                        .param("periodId", String.valueOf(period))
                        .param("extendedTo", beforeDue)
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "extendedTo", "report.extension.notAfterDue"))
                .andExpect(model().attributeHasFieldErrors("form", "reason"));
        mvc.perform(post("/reports/extensions")
                        .with(user(as("unit-konray")))
                        .with(csrf())
                        .param("unitId", String.valueOf(unit))
                        .param("periodId", String.valueOf(period))
                        .param("extendedTo", afterDue)
                        .param("reason", "Tự gia hạn"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/extensions")
                        .with(user(as("itstaff")))
                        .with(csrf())
                        .param("unitId", String.valueOf(unit))
                        .param("periodId", String.valueOf(period))
                        .param("extendedTo", afterDue)
                        .param("reason", "Huyện đề nghị tại Công văn 15/UBND"))
                .andExpect(redirectedUrl("/reports?period=" + period));
        assertThat(audit.historyOf(
                        DeadlineService.ENTITY,
                        jdbc.queryForObject(
                                "select id from deadline_extension where period_id = ?", Long.class, period)))
                .extracting(AuditEvent::getAction)
                .containsExactly("DEADLINE_EXTENDED");

        mvc.perform(save("unit-konray", id, Map.of("staffCount", "5")))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"));
        assertThat(staffCount(id)).isEqualTo(5);
        mvc.perform(get("/reports").with(user(as("unit-konray"))))
                .andExpect(content().string(containsString("(gia hạn đến " + afterDue + ")")));
    }

    @Test
    void aUnitCannotStartAReportInAClosedPeriodAndIsToldWhy() throws Exception {
        int year = TestYears.periodYear();
        long period = data.period(
                year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.of(year + 1, 1, 15), false);
        mvc.perform(post("/reports")
                        .with(user(as("unit-dakglei")))
                        .with(csrf())
                        .param("periodId", String.valueOf(period)))
                .andExpect(redirectedUrl("/reports"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.error("report.lock.periodClosed")));
        assertThat(jdbc.queryForObject("select count(*) from status_report where period_id = ?", Integer.class, period))
                .isZero();
    }

    @Test
    void aUnitOutsideTheReportingListStartsNoReport() throws Exception {
        long period = data.openPeriod();
        mvc.perform(get("/reports").with(user(as("unit-vpddbqh"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không thuộc danh sách đơn vị phải báo cáo")))
                .andExpect(content().string(not(containsString("id=\"start-" + period + "\""))));
        mvc.perform(post("/reports")
                        .with(user(as("unit-vpddbqh")))
                        .with(csrf())
                        .param("periodId", String.valueOf(period)))
                .andExpect(redirectedUrl("/reports"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.error("report.lock.notExpected")));
        assertThat(jdbc.queryForObject("select count(*) from status_report where period_id = ?", Integer.class, period))
                .isZero();
    }

    // ------------------------------------------------------------------ roles and scoping

    @Test
    void aUnitAdminCannotReviewTheirOwnReport() throws Exception {
        long id = ReportTestData.submitted(reports, as("unit-bdt"), data.openPeriod());
        mvc.perform(review("unit-bdt", id, "approve", "")).andExpect(status().isForbidden());
        mvc.perform(review("unit-bdt", id, "return", "x")).andExpect(status().isForbidden());
        assertThat(state(id)).isEqualTo("SUBMITTED");
        mvc.perform(post("/reports").with(user(as("itstaff"))).with(csrf()).param("periodId", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void leadersReadApprovedReportsOnly() throws Exception {
        long approved = demoReport("DAKHA", 2015, "QUARTERLY", 1);
        long draft = demoReport("STC", 2015, "QUARTERLY", 1);
        long submitted = demoReport("SCT", 2015, "QUARTERLY", 1);
        mvc.perform(get("/reports/{id}", approved).with(user(as("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"evidence\""))));
        mvc.perform(get("/reports/{id}", draft).with(user(as("leader")))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/{id}/edit", draft).with(user(as("leader")))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/{id}", submitted).with(user(as("leader")))).andExpect(status().isNotFound());
        mvc.perform(review("leader", submitted, "approve", "")).andExpect(status().isNotFound());
        mvc.perform(review("leader", approved, "reopen", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/reports").with(user(as("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"extend-"))));
        assertThat(state(submitted)).isEqualTo("SUBMITTED");
    }

    @Test
    void anotherUnitsReportDraftAndAttachmentsAreNotFoundWhateverTheRoute() throws Exception {
        CurrentUser stc = as("unit-stc");
        long draft = reports.start(data.openPeriod(), false, stc);
        ReportAttachment evidence = attachments.add(
                draft,
                new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", EvidenceFileTest.TINY_PDF),
                stc);
        long submitted = ReportTestData.submitted(reports, stc, data.openPeriod());
        long approved = ReportTestData.submitted(reports, stc, data.openPeriod());
        ReportTestData.review(reports, approved, ReportAction.APPROVE, null, as("itstaff"));
        long draftVersion = version(draft);

        for (long id : List.of(draft, submitted, approved)) {
            List<AbstractMockHttpServletRequestBuilder<?>> probes = List.of(
                    get("/reports/{id}", id),
                    get("/reports/{id}/edit", id),
                    withParams(post("/reports/{id}/edit", id), ReportTestData.validParams())
                            .param("version", "" + version(id)),
                    post("/reports/{id}/edit", id).param("pcs", "abc"),
                    withParams(post("/reports/{id}/submit", id), ReportTestData.validParams())
                            .param("version", "" + version(id)),
                    post("/reports/{id}/approve", id).param("version", "" + version(id)),
                    post("/reports/{id}/return", id).param("comment", "x").param("version", "" + version(id)),
                    post("/reports/{id}/reopen", id).param("comment", "x").param("version", "" + version(id)),
                    get("/reports/{id}/attachments/{aid}", id, evidence.getId()),
                    post("/reports/{id}/attachments/{aid}/delete", id, evidence.getId()),
                    multipart("/reports/{id}/attachments", id)
                            .file(new MockMultipartFile(
                                    "file", "x.pdf", "application/pdf", EvidenceFileTest.TINY_PDF)));
            for (AbstractMockHttpServletRequestBuilder<?> probe : probes) {
                MvcResult result = mvc.perform(
                                probe.with(user(as("unit-dakha"))).with(csrf()))
                        .andReturn();
                assertThat(result.getResponse().getStatus())
                        .as(result.getRequest().getMethod() + " "
                                + result.getRequest().getRequestURI())
                        .isEqualTo(404);
            }
        }
        // STC's attachment through DAKHA's own report
        long own = reports.start(data.openPeriod(), false, as("unit-dakha"));
        mvc.perform(get("/reports/{id}/attachments/{aid}", own, evidence.getId())
                        .with(user(as("unit-dakha"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/reports/{id}/attachments/{aid}/delete", own, evidence.getId())
                        .with(user(as("unit-dakha")))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // a unit id in the form is ignored: the report is always the user's own unit's
        long period = data.openPeriod();
        mvc.perform(post("/reports")
                        .with(user(as("unit-dakha")))
                        .with(csrf())
                        .param("periodId", String.valueOf(period))
                        .param("unitId", String.valueOf(data.unitId("STC"))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select unit_id from status_report where period_id = ?", Long.class, period))
                .isEqualTo(data.unitId("DAKHA"));

        assertThat(version(draft)).as("nothing changed").isEqualTo(draftVersion);
        assertThat(state(submitted)).isEqualTo("SUBMITTED");
        assertThat(state(approved)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from report_attachment where report_id = ?", Integer.class, draft))
                .isEqualTo(1);
    }

    @Test
    void thePagesExistInEnglish() throws Exception {
        long id = demoReport("STC", 2015, "QUARTERLY", 1);
        mvc.perform(get("/reports/{id}/edit", id).param("lang", "en").with(user(as("unit-stc"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Technical infrastructure")))
                .andExpect(content().string(containsString("Save draft")));
        mvc.perform(get("/reports").param("lang", "en").with(user(as("itstaff"))))
                .andExpect(content().string(containsString("Report completeness by unit")));
    }
}
