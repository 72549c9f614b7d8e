package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.TableUpload;

/**
 * The .xlsx template and the long CSV: a unit fills in its template and imports it (a draft, audited); staff import
 * several units at once by code; a unit admin cannot import for another unit; every bad file gets its message, never
 * a 500; the long CSV exported and imported back gives the same data.
 */
@PostgresTest
class ReportImportTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MessageSource messages;

    @Autowired
    ReportSubmissions submissions;

    ReportTestData data;
    long period;

    @BeforeEach
    void setUp() {
        data = new ReportTestData(jdbc, users);
        period = data.openPeriod();
    }

    CurrentUser as(String username) {
        return data.user(username);
    }

    /** A message as the page shows it (HTML-escaped, as Thymeleaf writes it). */
    String text(String key, Object... args) {
        return messages.getMessage(key, args, VI)
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Uploads, waits for the background check, returns the preview page. */
    String upload(String username, String filename, byte[] content) throws Exception {
        MvcResult posted = mvc.perform(multipart("/reports/import")
                        .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                        .param("period", String.valueOf(period))
                        .with(user(as(username)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/reports/import/");
        for (int i = 0; i < 600; i++) {
            String page = mvc.perform(get(location).with(user(as(username))).locale(VI))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            if (!page.contains("id=\"import-progress\"")) {
                lastJob = location;
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import check did not finish");
    }

    String lastJob;

    byte[] template(String username) throws Exception {
        return mvc.perform(get("/reports/import/template.xlsx")
                        .param("period", String.valueOf(period))
                        .with(user(as(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** Fills the template's row of {@code unitCode} with the valid figures (column by header label). */
    static byte[] fill(byte[] template, String unitCode, MessageSource messages) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null
                        || row.getCell(0) == null
                        || !unitCode.equals(row.getCell(0).getStringCellValue())) {
                    continue;
                }
                ReportTestData.validParams().forEach((property, value) -> {
                    ReportField field = ReportField.byProperty(property);
                    if (field == null) {
                        return;
                    }
                    String label = messages.getMessage(field.labelKey(), null, VI);
                    for (int c = 0; c < header.getLastCellNum(); c++) {
                        if (label.equals(header.getCell(c).getStringCellValue())) {
                            String v = value.equals("true") ? "Có" : value.equals("false") ? "Không" : value;
                            row.createCell(c).setCellValue(v);
                        }
                    }
                });
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    Long report(String unitCode) {
        List<Long> ids = jdbc.queryForList(
                "select r.id from status_report r join unit u on u.id = r.unit_id where u.code = ? and r.period_id = ?",
                Long.class,
                unitCode,
                period);
        return ids.isEmpty() ? null : ids.get(0);
    }

    @Test
    void aUnitFillsInItsTemplateImportsItAndTheReportIsADraft() throws Exception {
        byte[] template = template("unit-dakto");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("the unit's own row only").isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("DAKTO");
            assertThat((int) sheet.getRow(0).getLastCellNum()).isEqualTo(2 + ReportField.values().length);
            assertThat(sheet.getRow(0).getCell(3).getCellComment().getString().getString())
                    .contains(messages.getMessage("exchange.template.range", new Object[] {"0", "100000"}, VI));
            assertThat(sheet.getDataValidations()).isNotEmpty();
        }
        String preview = upload("unit-dakto", "bao-cao.xlsx", fill(template, "DAKTO", messages));
        assertThat(preview).contains("id=\"confirm-import\"").contains("DAKTO");
        assertThat(report("DAKTO")).as("nothing written before confirming").isNull();
        mvc.perform(post(lastJob + "/confirm").with(user(as("unit-dakto"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Long id = report("DAKTO");
        assertThat(id).isNotNull();
        assertThat(jdbc.queryForObject("select state from status_report where id = ?", String.class, id))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject(
                        "select pcs from infrastructure_inventory where report_id = ?", Integer.class, id))
                .isEqualTo(80);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_id = ? and action = 'REPORT_IMPORTED'",
                        Integer.class,
                        id))
                .isEqualTo(1);
        // then submitted as usual
        ReportSubmissions.SubmitOutcome outcome = submissions.submit(id, formOf(id), as("unit-dakto"));
        assertThat(outcome.status()).isNotEqualTo(ReportSubmissions.SubmitOutcome.Status.BLOCKED);
    }

    ReportForm formOf(long id) {
        ReportForm form = submissions.form(id, as("unit-dakto"));
        form.setAcknowledged(new ArrayList<>(List.of(
                "pcsPerStaff:pcs",
                "fewPcs:pcs",
                "usersAboveMailboxes:staffUsingEmail",
                "regularButRare:outgoingEmailPercent")));
        return form;
    }

    @Test
    void aUnitAdminCannotImportAnotherUnitsRow() throws Exception {
        byte[] staffTemplate = template("itstaff");
        String preview = upload("unit-dakto", "bao-cao.xlsx", fill(staffTemplate, "SNV", messages));
        assertThat(preview)
                .contains(text("exchange.import.notYourUnit", "SNV"))
                .doesNotContain("id=\"confirm-import\"");
        assertThat(report("SNV")).isNull();
    }

    @Test
    void staffImportFiveUnitsAtOnceInOneTransaction() throws Exception {
        List<String> codes = List.of("DAKTO", "SNV", "STC", "DAKHA", "KONPLONG");
        byte[] file = template("itstaff");
        for (String code : codes) {
            file = fill(file, code, messages);
        }
        String preview = upload("itstaff", "nam-don-vi.xlsx", file);
        assertThat(preview).contains("id=\"confirm-import\"");
        mvc.perform(post(lastJob + "/confirm").with(user(as("itstaff"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        for (String code : codes) {
            assertThat(report(code)).as(code).isNotNull();
        }
    }

    @Test
    void theLongCsvReadsBackToTheSameData() throws Exception {
        long dakto = data.report(data.unitId("DAKTO"), period, "DRAFT", null);
        long snv = data.report(data.unitId("SNV"), period, "DRAFT", null);
        jdbc.update(
                "insert into infrastructure_inventory (report_id, staff_count, pcs, bandwidth_mbps, has_lan, has_firewall)"
                        + " values (?, 100, 80, 10.5, true, false)",
                dakto);
        jdbc.update(
                "insert into infrastructure_inventory (report_id, staff_count, pcs, has_lan) values (?, 40, 30, false)",
                snv);
        jdbc.update(
                "insert into eoffice_adoption (report_id, deployed, deployed_since, incoming_docs) values (?, true, date '2013-05-01', 1200)",
                dakto);
        byte[] exported = valuesCsv();
        String first = new String(exported, StandardCharsets.UTF_8);
        assertThat(first).startsWith("\uFEFFunit_code,period,field,value,state,updated_at");
        assertThat(first)
                .contains("DAKTO," + "\n".substring(1))
                .contains(",pcs,80,DRAFT,")
                .contains(",bandwidthMbps,10.5,DRAFT,");

        // the figures are wiped, the file imported back, the figures are what they were
        for (String table :
                List.of("infrastructure_inventory", "email_adoption", "eoffice_adoption", "public_services")) {
            jdbc.update("delete from " + table + " where report_id in (?, ?)", dakto, snv);
        }
        String preview = upload("itstaff", "so-lieu.csv", exported);
        assertThat(preview).contains("id=\"confirm-import\"");
        mvc.perform(post(lastJob + "/confirm").with(user(as("itstaff"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(withoutTimes(valuesCsv())).isEqualTo(withoutTimes(exported));
    }

    byte[] valuesCsv() throws Exception {
        return mvc.perform(get("/reports/values.csv")
                        .param("period", String.valueOf(period))
                        .with(user(as("itstaff"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    static List<String> withoutTimes(byte[] csv) throws Exception {
        List<String> lines = new ArrayList<>();
        for (TableUpload.Line line : TableUpload.read("x.csv", csv, 100_000).lines()) {
            lines.add(String.join(",", line.cells().subList(0, 5)));
        }
        return lines;
    }

    // ---------------------------------------------------------------- bad files: a message each, never a 500

    void refused(String filename, byte[] content, String message) throws Exception {
        String page = upload("itstaff", filename, content);
        assertThat(page).contains(message).doesNotContain("id=\"confirm-import\"");
    }

    static byte[] workbook(java.util.function.Consumer<Sheet> fill) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill.accept(workbook.createSheet("x"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void notAWorkbook() throws Exception {
        refused("anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, text("exchange.file.type"));
        refused(
                "bao-cao.xlsx",
                "not a workbook at all".getBytes(StandardCharsets.UTF_8),
                text("exchange.file.unreadable"));
    }

    @Test
    void passwordProtected() throws Exception {
        byte[] ole2 = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        refused("bao-cao.xlsx", ole2, text("exchange.file.protected"));
    }

    @Test
    void wrongOrMissingColumns() throws Exception {
        refused(
                "sai.xlsx",
                workbook(sheet -> {
                    sheet.createRow(0).createCell(0).setCellValue("Họ và tên");
                    sheet.getRow(0).createCell(1).setCellValue("Số điện thoại");
                    sheet.createRow(1).createCell(0).setCellValue("Nguyễn Văn A");
                }),
                text("exchange.file.noUnitColumn"));
        refused(
                "thieu.xlsx",
                workbook(sheet -> {
                    sheet.createRow(0).createCell(0).setCellValue("Mã đơn vị");
                    sheet.createRow(1).createCell(0).setCellValue("DAKTO");
                }),
                text("exchange.file.noFieldColumns"));
    }

    @Test
    void textInNumberCells() throws Exception {
        String pcs = messages.getMessage(ReportField.PCS.labelKey(), null, VI);
        String page = upload("itstaff", "chu.xlsx", workbook(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("Mã đơn vị");
            sheet.getRow(0).createCell(1).setCellValue(pcs);
            sheet.createRow(1).createCell(0).setCellValue("DAKTO");
            sheet.getRow(1).createCell(1).setCellValue("khoảng năm mươi");
        }));
        assertThat(page).contains(text("exchange.value.number")).doesNotContain("id=\"confirm-import\"");
        assertThat(report("DAKTO")).isNull();
    }

    @Test
    void mergedCells() throws Exception {
        String pcs = messages.getMessage(ReportField.PCS.labelKey(), null, VI);
        refused(
                "gop.xlsx",
                workbook(sheet -> {
                    sheet.createRow(0).createCell(0).setCellValue("Mã đơn vị");
                    sheet.getRow(0).createCell(1).setCellValue(pcs);
                    sheet.createRow(1).createCell(0).setCellValue("DAKTO");
                    sheet.createRow(2).createCell(0).setCellValue("SNV");
                    sheet.getRow(1).createCell(1).setCellValue(5);
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
                }),
                text("exchange.file.merged", "B2:B3"));
    }

    @Test
    void formulas() throws Exception {
        String pcs = messages.getMessage(ReportField.PCS.labelKey(), null, VI);
        refused(
                "cong-thuc.xlsx",
                workbook(sheet -> {
                    sheet.createRow(0).createCell(0).setCellValue("Mã đơn vị");
                    sheet.getRow(0).createCell(1).setCellValue(pcs);
                    sheet.createRow(1).createCell(0).setCellValue("DAKTO");
                    sheet.getRow(1).createCell(1).setCellFormula("40+40");
                }),
                text("exchange.file.formulas", "B2"));
    }

    @Test
    void aHundredThousandRows() throws Exception {
        StringBuilder csv = new StringBuilder("Mã đơn vị,pcs\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("U").append(i).append(",1\n");
        }
        refused(
                "lon.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8),
                text("exchange.file.tooMany", "100.000", "5.000"));
    }

    @Test
    void aZipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).as("small on disk").isLessThan(1_000_000);
        refused("bom.xlsx", out.toByteArray(), text("exchange.file.unreadable"));
    }
}
