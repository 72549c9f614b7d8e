package vn.itplan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.itplan.plan.PlanService;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.TestYears;

/**
 * Figures frozen at issue: an issued plan's .docx, .xlsx and page come from the snapshot taken when it was issued, so
 * approving another report changes none of them (the files are downloaded before and after and compared), while a
 * revision starts from the live figures. Inside one draft document, the generated text and the tables come from one
 * reading of the figures: they agree even when the text stored in the plan is older.
 */
@PostgresTest
class FrozenFiguresTest {

    private static final Pattern FRACTION = Pattern.compile("(\\d+/\\d+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    int year;
    long laterReport;
    Long planId;
    String lanName;

    UserDetails staff() {
        return users.loadUserByUsername("itstaff");
    }

    MockHttpServletRequestBuilder asStaff(MockHttpServletRequestBuilder request) {
        return request.with(user(staff())).with(csrf());
    }

    /**
     * Two units with a LAN, one approved and one returned (approved later by the test), a draft on that baseline with
     * the generated infrastructure text inserted while only the first was approved.
     */
    @BeforeEach
    void draftOnFreshFigures() throws Exception {
        jdbc.update("update plan_setting set sign_off_required = true where id = 1");
        year = TestYears.planYear();
        ReportFixture fx = new ReportFixture(jdbc);
        long period = fx.annualPeriod(year);
        long a = fx.unit("FA", "SO", null, true);
        long b = fx.unit("FB", "SO", null, true);
        fx.report(a, period, "APPROVED")
                .infrastructure(30, 30, 28, 20, 1, true, true, false, false, false, 10, 1)
                .save();
        laterReport = fx.report(b, period, "RETURNED")
                .infrastructure(40, 40, 40, 40, 2, true, true, true, true, true, 20, 2)
                .save();
        MvcResult created = mvc.perform(asStaff(post("/plans"))
                        .param("number", "08/KH-UBND")
                        .param("year", String.valueOf(year))
                        .param("title", "Kế hoạch ứng dụng CNTT năm " + year + " " + UUID.randomUUID())
                        .param("issuer", "UBND tỉnh Kon Tum")
                        .param("issueDate", "05/02/" + year)
                        .param("signer", "Nguyễn Văn Ký")
                        .param("signerTitle", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
                        .param("baselinePeriodId", String.valueOf(period)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        planId = Long.valueOf(created.getResponse().getRedirectedUrl().substring("/plans/".length()));
        mvc.perform(asStaff(post("/plans/{id}/narrative/INFRASTRUCTURE", planId)))
                .andExpect(status().is3xxRedirection());
        lanName = jdbc.queryForObject("select name_vi from indicator where code = 'HT04'", String.class);
    }

    void approveTheLaterReport() {
        assertThat(jdbc.update("update status_report set state = 'APPROVED' where id = ?", laterReport))
                .isEqualTo(1);
    }

    byte[] download(Long id, String file) throws Exception {
        return mvc.perform(get("/plans/{id}/" + file, id).with(user(staff())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    String page(Long id) throws Exception {
        return mvc.perform(get("/plans/{id}", id).with(user(staff())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The x/y of the generated LAN sentence and of the LAN row of Table 1. */
    String[] lanFigures(Docx docx) {
        String sentence = docx.lines.stream()
                .filter(l -> l.contains("có mạng nội bộ (LAN)"))
                .findFirst()
                .orElseThrow();
        String row = docx.lines.stream()
                .filter(l -> l.contains(" | " + lanName + " | "))
                .findFirst()
                .orElseThrow();
        return new String[] {fraction(sentence), fraction(row.substring(row.indexOf(lanName)))};
    }

    static String fraction(String text) {
        Matcher m = FRACTION.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    static String cell(byte[] xlsx, String sheetContains, String rowContains) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            for (var sheet : book) {
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder();
                    row.forEach(c -> line.append(format.formatCellValue(c)).append(" | "));
                    if (line.toString().contains(rowContains)) {
                        return line.toString();
                    }
                }
            }
        }
        return null;
    }

    @Test
    void theDemoPlanFrozenAtStartUpIsDatedByItsIssueMoment() throws Exception {
        Long plan263 = jdbc.queryForObject(
                "select min(id) from plan where number = '263/KH-UBND' and plan_year = 2015", Long.class);
        String page = mvc.perform(get("/plans/{id}", plan263).with(user(users.loadUserByUsername("leader"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Số liệu tính đến 10/02/2015 08:00");
    }

    @Test
    void anIssuedPlansFilesAndPageStayAsIssuedWhileARevisionTakesTheLiveFigures() throws Exception {
        mvc.perform(post("/plans/{id}/sign-off", planId)
                        .with(user(users.loadUserByUsername("leader")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(asStaff(post("/plans/{id}/issue", planId)).param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());

        byte[] docxBefore = download(planId, "document.docx");
        byte[] xlsxBefore = download(planId, "tables.xlsx");
        String pageBefore = page(planId);
        Docx before = new Docx(docxBefore);
        String[] lanBefore = lanFigures(before);
        assertThat(lanBefore[0]).isEqualTo(lanBefore[1]);
        assertThat(before.text()).contains("Số liệu tính đến ");
        assertThat(pageBefore).contains("id=\"frozen-figures\"", "id=\"frozen-HT04\"", "Số liệu tính đến ");

        approveTheLaterReport();

        assertThat(download(planId, "document.docx")).isEqualTo(docxBefore);
        assertThat(download(planId, "tables.xlsx")).isEqualTo(xlsxBefore);
        String pageAfter = page(planId);
        assertThat(frozenPanel(pageAfter)).isEqualTo(frozenPanel(pageBefore));
        assertThat(cell(xlsxBefore, "", "HT04")).isNotNull();

        // a revision is a draft: its files are written from the live figures, one more unit with a LAN
        MvcResult revised = mvc.perform(asStaff(post("/plans/{id}/revise", planId)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Long revision = Long.valueOf(revised.getResponse().getRedirectedUrl().substring("/plans/".length()));
        String[] lanRevision = lanFigures(new Docx(download(revision, "document.docx")));
        assertThat(lanRevision[1]).isNotEqualTo(lanBefore[1]);
        assertThat(Integer.parseInt(lanRevision[1].split("/")[0]))
                .isEqualTo(Integer.parseInt(lanBefore[1].split("/")[0]) + 1);
        assertThat(cell(download(revision, "tables.xlsx"), "", "HT04")).isNotEqualTo(cell(xlsxBefore, "", "HT04"));
    }

    @Test
    void aDraftsGeneratedTextAndTablesComeFromOneReadingOfTheFigures() throws Exception {
        String stored = plans.sections(planId).stream()
                .filter(s -> s.section().getGeneratedPart() != null)
                .findFirst()
                .orElseThrow()
                .section()
                .getBody();
        approveTheLaterReport();

        // the plan page says the inserted text no longer matches
        assertThat(page(planId)).contains("id=\"stale-text-warning\"");

        Docx docx = new Docx(download(planId, "document.docx"));
        String[] lan = lanFigures(docx);
        assertThat(lan[0]).isEqualTo(lan[1]);
        assertThat(lan[0]).isNotEqualTo(fraction(stored.substring(0, stored.indexOf("có mạng nội bộ"))));
    }

    /**
     * The draft read back with POI against NĐ 30/2020, form 1.4: the two header blocks with the number level with the
     * place and date (italic, zero-padded), title and subject bold and centred, justified body with a first-line
     * indent, "Nơi nhận:" 12 pt bold italic with the recipients typed on the plan in 11 pt ending "- Lưu: VT, ….",
     * and the appendices "Phụ lục I" and "Phụ lục II" (sources of the figures) with their "(Kèm theo …)" line.
     */
    @Test
    void theDocumentFollowsDecree30Form14WithTheRecipientsTypedOnThePlan() throws Exception {
        var plan = plans.get(planId);
        mvc.perform(asStaff(post("/plans/{id}", planId))
                        .param("number", plan.getNumber())
                        .param("title", plan.getTitle())
                        .param("year", String.valueOf(year))
                        .param("issuer", plan.getIssuer())
                        .param("issueDate", "05/02/" + year)
                        .param("signer", plan.getSigner())
                        .param("signerTitle", plan.getSignerTitle())
                        .param("baselinePeriodId", String.valueOf(plan.getBaselinePeriodId()))
                        .param("recipients", "Bộ Thông tin và Truyền thông\n- Thường trực Tỉnh ủy;\nCác sở, ban, ngành")
                        .param("version", String.valueOf(plan.getVersion())))
                .andExpect(status().is3xxRedirection());
        Docx docx = new Docx(download(planId, "document.docx"));
        var doc = docx.doc;

        var header = doc.getTables().get(0);
        var numberCell = header.getRow(1).getCell(0).getParagraphs().get(0);
        var dateCell = header.getRow(1).getCell(1).getParagraphs().get(0);
        assertThat(numberCell.getText()).isEqualTo("Số: 08/KH-UBND");
        assertThat(dateCell.getText()).isEqualTo("Kon Tum, ngày 05 tháng 02 năm " + year);
        assertThat(dateCell.getRuns()).allMatch(r -> r.isItalic());
        assertThat(Docx.cellText(header.getRow(0).getCell(0))).contains("ỦY BAN NHÂN DÂN\nTỈNH KON TUM");
        assertThat(header.getRow(0).getCell(0).getParagraphs().get(1).getRuns()).allMatch(r -> r.isBold());
        assertThat(Docx.cellText(header.getRow(0).getCell(1)))
                .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");

        var title = doc.getParagraphs().stream()
                .filter(p -> p.getText().equals("KẾ HOẠCH"))
                .findFirst()
                .orElseThrow();
        assertThat(title.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        assertThat(title.getRuns()).allMatch(r -> r.isBold());

        var body = doc.getParagraphs().stream()
                .filter(p -> p.getText().contains("có mạng nội bộ (LAN)"))
                .findFirst()
                .orElseThrow();
        assertThat(body.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.BOTH);
        assertThat(body.getIndentationFirstLine()).isBetween(567, 720);
        assertThat(body.getRuns()).allMatch(r -> r.getFontSizeAsDouble() >= 13 && r.getFontSizeAsDouble() <= 14);

        var signature = doc.getTables().stream()
                .filter(t -> Docx.cellText(t.getRow(0).getCell(0)).startsWith("Nơi nhận:"))
                .findFirst()
                .orElseThrow();
        var recipients = signature.getRow(0).getCell(0).getParagraphs();
        var label = recipients.get(0).getRuns().get(0);
        assertThat(label.isBold() && label.isItalic()).isTrue();
        assertThat(label.getFontSizeAsDouble()).isEqualTo(12.0);
        assertThat(recipients.subList(1, recipients.size()))
                .extracting(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                .containsExactly(
                        "- Bộ Thông tin và Truyền thông;",
                        "- Thường trực Tỉnh ủy;",
                        "- Các sở, ban, ngành;",
                        "- Lưu: VT, STTTT.");
        assertThat(recipients.subList(1, recipients.size()))
                .allSatisfy(p ->
                        assertThat(p.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(11.0));
        assertThat(Docx.cellText(signature.getRow(0).getCell(1)))
                .startsWith("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
                .endsWith("Nguyễn Văn Ký");

        for (String roman : java.util.List.of("I", "II")) {
            int at = docx.indexOf("Phụ lục " + roman);
            assertThat(at).as("Phụ lục " + roman).isPositive();
            assertThat(docx.runsOf("Phụ lục " + roman)).allMatch(r -> r.isBold() && r.getFontSizeAsDouble() == 14.0);
            assertThat(docx.lines.get(at + 2))
                    .isEqualTo("(Kèm theo Kế hoạch số 08/KH-UBND ngày 05 tháng 02 năm " + year
                            + " của Ủy ban nhân dân tỉnh Kon Tum)");
        }
        int sources = docx.indexOf("NGUỒN SỐ LIỆU");
        assertThat(sources).isPositive();
        assertThat(docx.text().substring(docx.text().indexOf("NGUỒN SỐ LIỆU")))
                .contains("HT04. " + lanName, "-FA-")
                .containsPattern("\\d{2}/\\d{2}/\\d{4}");
    }

    /** The frozen figures panel of a page (from its marker to the end of its tables). */
    static String frozenPanel(String html) {
        int start = html.indexOf("id=\"frozen-figures\"");
        int end = html.indexOf("</section>", start);
        return html.substring(start, end);
    }
}
