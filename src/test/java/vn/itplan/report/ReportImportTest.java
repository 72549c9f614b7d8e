package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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

    // ---------------------------------------------------------------- extra fields: columns like the built-in ones

    /** An extra field of this test's period year only (other tests never see it); returns its id. */
    long extraField(String code, String type, Integer max) {
        int year = jdbc.queryForObject("select period_year from reporting_period where id = ?", Integer.class, period);
        jdbc.update(
                "insert into report_extra_field (code, label_vi, label_en, field_type, max_value, section,"
                        + " valid_from_year, valid_to_year, sort_order) values (?, ?, ?, ?, ?, 'EOFFICE', ?, ?, 1)",
                code,
                "Số camera " + code,
                "Cameras " + code,
                type,
                max,
                year,
                year);
        return jdbc.queryForObject("select id from report_extra_field where code = ?", Long.class, code);
    }

    static byte[] setColumn(byte[] xlsx, String header, String unitCode, String value) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            int column = -1;
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                if (header.equals(sheet.getRow(0).getCell(c).getStringCellValue())) {
                    column = c;
                }
            }
            assertThat(column).as("column " + header).isNotNegative();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (unitCode.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    sheet.getRow(r).createCell(column).setCellValue(value);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void extraFieldsAreColumnsOfTheTemplateTheImportAndTheLongCsv() throws Exception {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        long cameras = extraField("CAM_" + tag, "WHOLE_NUMBER", 100);
        long portal = extraField("WEB_" + tag, "YES_NO", null);
        byte[] template = template("unit-dakto");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat((int) header.getLastCellNum()).isEqualTo(2 + ReportField.values().length + 2);
            assertThat(header.getCell(2 + ReportField.values().length).getStringCellValue())
                    .isEqualTo("Số camera CAM_" + tag);
        }
        byte[] filled = fill(template, "DAKTO", messages);
        String page = upload("unit-dakto", "bao-cao.xlsx", setColumn(filled, "Số camera CAM_" + tag, "DAKTO", "nhiều"));
        assertThat(page)
                .contains("Số camera CAM_" + tag)
                .contains(text("exchange.value.number"))
                .doesNotContain("id=\"confirm-import\"");
        page = upload("unit-dakto", "bao-cao.xlsx", setColumn(filled, "Số camera CAM_" + tag, "DAKTO", "500"));
        assertThat(page).contains("Số camera CAM_" + tag).doesNotContain("id=\"confirm-import\"");

        filled = setColumn(
                setColumn(filled, "Số camera CAM_" + tag, "DAKTO", "7"), "Số camera WEB_" + tag, "DAKTO", "Có");
        upload("unit-dakto", "bao-cao.xlsx", filled);
        mvc.perform(post(lastJob + "/confirm").with(user(as("unit-dakto"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Long id = report("DAKTO");
        assertThat(jdbc.queryForObject(
                        "select number_value from report_extra_value where report_id = ? and field_id = ?",
                        java.math.BigDecimal.class,
                        id,
                        cameras))
                .isEqualByComparingTo("7");
        assertThat(jdbc.queryForObject(
                        "select yes_no from report_extra_value where report_id = ? and field_id = ?",
                        Boolean.class,
                        id,
                        portal))
                .isTrue();

        // the long CSV carries them too, and reads back to the same data
        byte[] exported = valuesCsv();
        assertThat(new String(exported, StandardCharsets.UTF_8))
                .contains(",CAM_" + tag + ",7,DRAFT,")
                .contains(",WEB_" + tag + ",true,DRAFT,");
        jdbc.update("delete from report_extra_value where report_id = ?", id);
        upload("itstaff", "so-lieu.csv", exported);
        mvc.perform(post(lastJob + "/confirm").with(user(as("itstaff"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(withoutTimes(valuesCsv())).isEqualTo(withoutTimes(exported));
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
    void aHundredThousandRowWorkbookIsRefusedWithoutReadingItAll() throws Exception {
        String pcs = messages.getMessage(ReportField.PCS.labelKey(), null, VI);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("x");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mã đơn vị");
            header.createCell(1).setCellValue(pcs);
            for (int i = 1; i <= 100_000; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("U" + i);
                row.createCell(1).setCellValue(1);
            }
            workbook.write(out);
        }
        String page = upload("itstaff", "lon.xlsx", out.toByteArray());
        assertThat(page)
                .containsAnyOf(
                        text("exchange.file.tooMany", "100.000", "5.000"),
                        text("exchange.file.tooManyAtLeast", "5.000"))
                .doesNotContain("id=\"confirm-import\"");
        // a sheet short enough by its dimension is read up to the first row too many, and no further
        byte[] longer = workbook(sheet -> {
            for (int i = 0; i <= 6_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i == 0 ? "Mã đơn vị" : "U" + i);
            }
        });
        assertThatThrownBy(() -> TableUpload.read("lon.xlsx", longer, 5_000))
                .isInstanceOfSatisfying(TableUpload.BadFile.class, e -> {
                    assertThat(e.reason()).isEqualTo(TableUpload.Reason.TOO_MANY);
                    assertThat(e.rowsCounted()).isFalse();
                    assertThat(e.rows()).isEqualTo(5_001);
                });
    }

    static byte[] rewrite(byte[] xlsx, java.util.function.BiFunction<String, byte[], byte[]> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(change.apply(entry.getName(), in.readAllBytes()));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aZipBomb() throws Exception {
        String pcs = messages.getMessage(ReportField.PCS.labelKey(), null, VI);
        byte[] valid = workbook(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("Mã đơn vị");
            sheet.getRow(0).createCell(1).setCellValue(pcs);
        });
        // a real workbook whose sheet unpacks to 200 MB of blanks between two rows
        byte[] bomb = rewrite(valid, (name, content) -> {
            if (!name.equals("xl/worksheets/sheet1.xml")) {
                return content;
            }
            String xml = new String(content, StandardCharsets.UTF_8);
            int at = xml.indexOf("</sheetData>");
            byte[] head = xml.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] tail = xml.substring(at).getBytes(StandardCharsets.UTF_8);
            byte[] result = new byte[head.length + 200 * (1 << 20) + tail.length];
            System.arraycopy(head, 0, result, 0, head.length);
            java.util.Arrays.fill(result, head.length, head.length + 200 * (1 << 20), (byte) ' ');
            System.arraycopy(tail, 0, result, result.length - tail.length, tail.length);
            return result;
        });
        assertThat(bomb.length).as("small on disk").isLessThan(1_000_000);
        refused("bom.xlsx", bomb, text("exchange.file.bomb"));
        // a zip that is no workbook at all
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(new byte[1 << 20]);
            zip.closeEntry();
        }
        refused("bom.xlsx", out.toByteArray(), text("exchange.file.unreadable"));
    }

    @Test
    void aRealPasswordProtectedWorkbookAndAnOldXlsFile() throws Exception {
        byte[] plain = workbook(sheet -> sheet.createRow(0).createCell(0).setCellValue("Mã đơn vị"));
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("KonTum@2015");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(plain));
                    java.io.OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            fs.writeFilesystem(encrypted);
        }
        refused("mat-khau.xlsx", encrypted.toByteArray(), text("exchange.file.protected"));

        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("x").createRow(0).createCell(0).setCellValue("Mã đơn vị");
            old.write(xls);
        }
        refused("cu.xls", xls.toByteArray(), text("exchange.file.oldExcel"));
    }

    // ---------------------------------------------------------------- jobs: in the database, seen by their owner

    @Autowired
    ReportImportJobs jobs;

    @Test
    void aJobIsSeenOnlyByItsOwnerAndAStaffImportByStaff() throws Exception {
        upload("unit-dakto", "bao-cao.xlsx", fill(template("unit-dakto"), "DAKTO", messages));
        String unitJob = lastJob;
        for (String other : List.of("unit-snv", "itstaff")) {
            mvc.perform(get(unitJob).with(user(as(other)))).andExpect(status().isNotFound());
            mvc.perform(get(unitJob + "/progress").with(user(as(other)))).andExpect(status().isNotFound());
            mvc.perform(post(unitJob + "/confirm").with(user(as(other))).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(report("DAKTO")).isNull();

        upload("itstaff", "don-vi.xlsx", fill(template("itstaff"), "SNV", messages));
        String staffJob = lastJob;
        mvc.perform(get(staffJob).with(user(as("admin")))).andExpect(status().isOk());
        mvc.perform(get(staffJob).with(user(as("unit-snv")))).andExpect(status().isNotFound());
    }

    @Test
    void aJobLivesInTheDatabaseIsConfirmedOnceAndExpires() throws Exception {
        upload("unit-dakto", "bao-cao.xlsx", fill(template("unit-dakto"), "DAKTO", messages));
        String id = lastJob.substring(lastJob.lastIndexOf('/') + 1);
        assertThat(jdbc.queryForObject(
                        "select status from report_import_job where id = ? and preview_json is not null"
                                + " and rows_json is not null",
                        String.class,
                        id))
                .isEqualTo("DONE");
        mvc.perform(post(lastJob + "/confirm").with(user(as("unit-dakto"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from report_import_job where id = ?", Integer.class, id))
                .as("the confirmation deletes its job")
                .isZero();
        mvc.perform(post(lastJob + "/confirm").with(user(as("unit-dakto"))).with(csrf()))
                .andExpect(status().isNotFound());

        upload("unit-dakto", "lai.xlsx", fill(template("unit-dakto"), "DAKTO", messages));
        String again = lastJob.substring(lastJob.lastIndexOf('/') + 1);
        assertThat(jobs.purge(
                        java.time.Instant.now().plus(ReportImportJobs.KEPT).plusSeconds(60)))
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from report_import_job where id = ?", Integer.class, again))
                .isZero();
        mvc.perform(get(lastJob).with(user(as("unit-dakto")))).andExpect(status().isNotFound());
    }

    @Test
    void aJobWhoseWorkerFellSilentHasFailed() throws Exception {
        upload("unit-dakto", "bao-cao.xlsx", fill(template("unit-dakto"), "DAKTO", messages));
        String id = lastJob.substring(lastJob.lastIndexOf('/') + 1);
        // as if the instance checking it had stopped: not finished, not updated for long
        jdbc.update(
                "update report_import_job set status = 'CHECKING', updated_at = updated_at - interval '10 minutes'"
                        + " where id = ?",
                id);
        String page = mvc.perform(get(lastJob).with(user(as("unit-dakto"))).locale(VI))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"import-failed\"").doesNotContain("id=\"confirm-import\"");
    }
}
