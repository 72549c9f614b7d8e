package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import vn.itplan.audit.AuditEvent;
import vn.itplan.audit.AuditService;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.Flash;

/** Evidence uploads and downloads: content checks, limits, names, headers, who may see them. */
@PostgresTest
class AttachmentControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReportSubmissions reports;

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

    MockMultipartHttpServletRequestBuilder upload(String username, long reportId, String name, byte[] content) {
        MockMultipartHttpServletRequestBuilder request = multipart("/reports/{id}/attachments", reportId)
                .file(new MockMultipartFile("file", name, "application/pdf", content));
        request.with(user(as(username))).with(csrf());
        return request;
    }

    int count(long reportId) {
        return jdbc.queryForObject(
                "select count(*) from report_attachment where report_id = ?", Integer.class, reportId);
    }

    @Test
    void aRealPdfIsStoredWithItsSizeAndHashAndDownloadedAsAnAttachment() throws Exception {
        long id = reports.start(data.openPeriod(), false, as("unit-sgtvt"));
        mvc.perform(upload("unit-sgtvt", id, "Biên bản kiểm kê 2015.pdf", EvidenceFileTest.TINY_PDF))
                .andExpect(redirectedUrl("/reports/" + id + "/edit#evidence"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.success("report.attachment.added")));
        Map<String, Object> row = jdbc.queryForMap(
                "select id, file_name, content_type, size_bytes, sha256, uploaded_by"
                        + " from report_attachment where report_id = ?",
                id);
        assertThat(row.get("file_name")).isEqualTo("Biên bản kiểm kê 2015.pdf");
        assertThat(row.get("content_type")).isEqualTo("application/pdf");
        assertThat(((Number) row.get("size_bytes")).longValue()).isEqualTo(EvidenceFileTest.TINY_PDF.length);
        assertThat(row.get("sha256")).isEqualTo(AttachmentService.sha256(EvidenceFileTest.TINY_PDF));
        assertThat(row.get("uploaded_by")).isEqualTo("unit-sgtvt");
        long attachmentId = ((Number) row.get("id")).longValue();

        for (String reader : new String[] {"unit-sgtvt", "itstaff", "admin"}) {
            mvc.perform(get("/reports/{id}/attachments/{aid}", id, attachmentId).with(user(as(reader))))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(
                            header().string(
                                            "Content-Disposition",
                                            "attachment; filename=\"Bien ban kiem ke 2015.pdf\"; "
                                                    + "filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20ki%E1%BB%83m%20k%C3%AA%202015.pdf"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(content().bytes(EvidenceFileTest.TINY_PDF));
        }
        mvc.perform(get("/reports/{id}/edit", id).with(user(as("unit-sgtvt"))))
                .andExpect(content().string(containsString("Biên bản kiểm kê 2015.pdf")));
        mvc.perform(get("/reports/{id}", id).with(user(as("itstaff"))))
                .andExpect(content().string(containsString(AttachmentService.sha256(EvidenceFileTest.TINY_PDF))));
        assertThat(audit.historyOf(ReportAccess.ENTITY, id))
                .extracting(AuditEvent::getAction)
                .containsExactly("REPORT_CREATED", "ATTACHMENT_ADDED");

        mvc.perform(post("/reports/{id}/attachments/{aid}/delete", id, attachmentId)
                        .with(user(as("unit-sgtvt")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id + "/edit#evidence"));
        assertThat(count(id)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from report_attachment_content where attachment_id = ?",
                        Integer.class,
                        attachmentId))
                .isZero();
        assertThat(audit.historyOf(ReportAccess.ENTITY, id))
                .extracting(AuditEvent::getAction)
                .last()
                .isEqualTo("ATTACHMENT_DELETED");
    }

    @Test
    void anExecutableOrTextRenamedPdfIsRefused() throws Exception {
        long id = reports.start(data.openPeriod(), false, as("unit-sxd"));
        mvc.perform(upload("unit-sxd", id, "bao-cao.pdf", EvidenceFileTest.EXE))
                .andExpect(redirectedUrl("/reports/" + id + "/edit#evidence"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.error("report.attachment.typeRefused")));
        mvc.perform(upload(
                        "unit-sxd",
                        id,
                        "bao-cao.pdf",
                        "Đây là văn bản thường".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.error("report.attachment.typeRefused")));
        mvc.perform(upload("unit-sxd", id, "rong.pdf", new byte[0]))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.error("report.attachment.empty")));
        mvc.perform(multipart("/reports/{id}/attachments", id)
                        .with(user(as("unit-sxd")))
                        .with(csrf()))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.error("report.attachment.empty")));
        byte[] oversize = new byte[(int) AttachmentService.MAX_BYTES + 1];
        System.arraycopy(EvidenceFileTest.TINY_PDF, 0, oversize, 0, EvidenceFileTest.TINY_PDF.length);
        mvc.perform(upload("unit-sxd", id, "lon.pdf", oversize))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.error("report.attachment.tooLarge")));
        assertThat(count(id)).isZero();

        byte[] exactly = new byte[(int) AttachmentService.MAX_BYTES];
        System.arraycopy(EvidenceFileTest.TINY_PDF, 0, exactly, 0, EvidenceFileTest.TINY_PDF.length);
        mvc.perform(upload("unit-sxd", id, "../../x.pdf", exactly))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.success("report.attachment.added")));
        assertThat(jdbc.queryForObject("select file_name from report_attachment where report_id = ?", String.class, id))
                .isEqualTo("x.pdf");
        mvc.perform(upload("unit-sxd", id, "anh.pdf", EvidenceFileTest.PNG));
        assertThat(jdbc.queryForList(
                        "select file_name from report_attachment where report_id = ? order by id", String.class, id))
                .containsExactly("x.pdf", "anh.png");
    }

    @Test
    void controlCharactersInANameAreDroppedAndALongNameFitsTheColumn() throws Exception {
        long id = reports.start(data.openPeriod(), false, as("unit-sgtvt"));
        mvc.perform(upload("unit-sgtvt", id, "bien\u0000ban\u0007.pdf", EvidenceFileTest.TINY_PDF))
                .andExpect(redirectedUrl("/reports/" + id + "/edit#evidence"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.success("report.attachment.added")));
        String emoji = "\uD83D\uDE00".repeat(400);
        mvc.perform(upload("unit-sgtvt", id, emoji + ".pdf", EvidenceFileTest.TINY_PDF))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.success("report.attachment.added")));
        List<String> names = jdbc.queryForList(
                "select file_name from report_attachment where report_id = ? order by id", String.class, id);
        assertThat(names.get(0)).isEqualTo("bienban.pdf");
        assertThat(names.get(1))
                .hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH)
                .startsWith("\uD83D\uDE00")
                .endsWith(".pdf");
        assertThat(audit.historyOf(ReportAccess.ENTITY, id))
                .extracting(AuditEvent::getDetails)
                .noneMatch(d -> d != null && d.indexOf('\u0000') >= 0);
    }

    @Test
    void theUploadFormCarriesItsTokenInTheBodyNotInTheAddress() throws Exception {
        long id = reports.start(data.openPeriod(), false, as("unit-sgtvt"));
        String page = mvc.perform(get("/reports/{id}/edit", id).with(user(as("unit-sgtvt"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher form = Pattern.compile(
                        "<form action=\"([^\"]*)\"[^>]*id=\"upload-form\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(page);
        assertThat(form.find()).as("the upload form").isTrue();
        assertThat(form.group(1)).isEqualTo("/reports/" + id + "/attachments").doesNotContain("_csrf");
        assertThat(form.group(2)).contains("type=\"hidden\" name=\"_csrf\"");
    }

    @Test
    void onlyTheUnitWhileItMayEditChangesEvidenceAndLeadersNeverSeeIt() throws Exception {
        long id = reports.start(data.openPeriod(), false, as("unit-sldtbxh"));
        mvc.perform(upload("itstaff", id, "x.pdf", EvidenceFileTest.TINY_PDF)).andExpect(status().isForbidden());
        mvc.perform(upload("unit-sldtbxh", id, "x.pdf", EvidenceFileTest.TINY_PDF))
                .andExpect(status().is3xxRedirection());
        long attachmentId = jdbc.queryForObject("select id from report_attachment where report_id = ?", Long.class, id);

        ReportForm form = ReportTestData.validForm(reports.version(id, as("unit-sldtbxh")));
        var outcome = reports.submit(id, form, as("unit-sldtbxh"));
        if (outcome.status() == ReportSubmissions.SubmitOutcome.Status.NEEDS_ACKNOWLEDGEMENT) {
            form.setVersion(outcome.version());
            form.setAcknowledged(outcome.warnings().stream().map(Warning::code).toList());
            reports.submit(id, form, as("unit-sldtbxh"));
        }
        mvc.perform(upload("unit-sldtbxh", id, "y.pdf", EvidenceFileTest.TINY_PDF))
                .andExpect(redirectedUrl("/reports/" + id))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.error("report.lock.submitted")));
        mvc.perform(post("/reports/{id}/attachments/{aid}/delete", id, attachmentId)
                        .with(user(as("unit-sldtbxh")))
                        .with(csrf()))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, ReportTestData.error("report.lock.submitted")));
        assertThat(count(id)).isEqualTo(1);

        ReportTestData.review(reports, id, ReportAction.APPROVE, null, as("itstaff"));
        mvc.perform(get("/reports/{id}", id).with(user(as("leader")))).andExpect(status().isOk());
        mvc.perform(get("/reports/{id}/attachments/{aid}", id, attachmentId).with(user(as("leader"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/{id}/attachments/{aid}", id, attachmentId).with(user(as("unit-sldtbxh"))))
                .andExpect(status().isOk());
    }

    @Test
    void anUploadAboveTheMultipartLimitGoesBackToTheReportWithAMessage() {
        UploadLimitAdvice advice = new UploadLimitAdvice();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/reports/42/attachments");
        FlashMap flash = new FlashMap();
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, flash);
        ModelAndView answer = advice.tooLarge(new MaxUploadSizeExceededException(31L * 1024 * 1024), request);
        assertThat(answer.getViewName()).isEqualTo("redirect:/reports/42/edit#evidence");
        assertThat(flash.get(Flash.ATTRIBUTE))
                .isEqualTo(new Flash(Flash.Kind.ERROR, "report.attachment.tooLarge", "10"));

        MockHttpServletRequest other = new MockHttpServletRequest("POST", "/somewhere/else");
        other.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
        ModelAndView page = advice.tooLarge(new MaxUploadSizeExceededException(1), other);
        assertThat(page.getViewName()).isEqualTo("error");
        assertThat(page.getStatus().value()).isEqualTo(413);
    }
}
