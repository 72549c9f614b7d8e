package vn.itplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.itplan.support.PostgresTest;

/**
 * The audit trail reads as sentences in both languages: every action code the application records has a
 * label, fields are named by their labels, values are formatted as on the screens, records are linked, and
 * no "22 field(s)" summary or raw code reaches the page or the exports.
 */
@PostgresTest
class AuditTrailWordsTest {

    /** Codes recorded by the features being built in parallel (COMMON3.md) and the ones built by string sums. */
    static final Set<String> CODES_NOT_LITERAL_IN_SOURCE = Set.of(
            "REPORT_APPROVED",
            "REPORT_RETURNED",
            "REPORT_REOPENED",
            "USER_CREATED",
            "USER_UPDATED",
            "USER_DISABLED",
            "USER_ENABLED",
            "USER_PASSWORD_RESET",
            "USER_PASSWORD_CHANGED",
            "USERS_IMPORTED",
            "SIGN_IN_SUCCEEDED",
            "SIGN_IN_FAILED",
            "ACCOUNT_LOCKED",
            "UNITS_IMPORTED");

    private static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditService audit;

    @Autowired
    AuditTrailView view;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    String actor;
    Long unit;
    Long report;

    @BeforeEach
    void recordEventsAsTheFeaturesWriteThem() {
        actor = "words-" + System.nanoTime();
        unit = jdbc.queryForObject("select id from unit where code = 'DAKTO'", Long.class);
        report = jdbc.queryForObject(
                "select r.id from status_report r join reporting_period p on p.id = r.period_id"
                        + " where r.unit_id = ? and p.period_year = 2015 and p.kind = 'QUARTERLY' and p.seq = 1",
                Long.class,
                unit);
        tx.executeWithoutResult(status -> {
            audit.record(
                    actor,
                    "REPORT_SAVED",
                    "StatusReport",
                    report,
                    "2 field(s) changed",
                    "staffCount: 85 → 1234\nhasLan: false → true");
            audit.record(
                    actor, "REPORT_APPROVED", "StatusReport", report, "SUBMITTED → APPROVED", "comment: =HYPERLINK(1)");
            audit.record(actor, "UNIT_UPDATED", "Unit", unit, "DAKTO: validFrom", "validFrom: 2016-01-01 → 2016-02-15");
            audit.record(actor, "PERIOD_OPENED", "ReportingPeriod", 1L, "open: false → true");
            audit.record(actor, "SIGN_IN_FAILED", "USER", null, "=cmd|' /C calc'!A0");
        });
    }

    @Test
    void everyActionRecordedInTheSourceHasALabelInBothLanguages() throws IOException {
        Set<String> codes = new TreeSet<>(CODES_NOT_LITERAL_IN_SOURCE);
        Pattern call = Pattern.compile("record(?:Creation|Changes)?\\(\\s*[^,;]+,\\s*\"([A-Z][A-Z_]*[A-Z])\"\\s*,");
        Pattern ternary = Pattern.compile("\\?\\s*\"([A-Z][A-Z_]+)\"\\s*:\\s*\"([A-Z][A-Z_]+)\"");
        Pattern constant = Pattern.compile("static final String (?:CREATED|UPDATED)\\s*=\\s*\"([A-Z][A-Z_]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (!source.contains("audit") && !source.contains("drafts.record")) {
                    continue;
                }
                for (Pattern pattern : List.of(call, ternary, constant)) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        for (int g = 1; g <= m.groupCount(); g++) {
                            codes.add(m.group(g));
                        }
                    }
                }
            }
        }
        assertThat(codes).contains("UNIT_CREATED", "REPORT_SAVED", "PLAN_ISSUED", "UNIT_DEACTIVATED");
        List<String> missing = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"))) {
            for (String code : codes) {
                if (!view.hasActionLabel(code, locale)) {
                    missing.add(code + " (" + locale + ")");
                }
            }
        }
        assertThat(missing).as("action codes without a label").isEmpty();
    }

    @Test
    void theFieldsTheFeaturesRecordHaveLabels() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"))) {
            for (String field : List.of(
                    "name",
                    "shortName",
                    "validFrom",
                    "parent",
                    "kind",
                    "issueDate",
                    "title",
                    "budget",
                    "open",
                    "comment")) {
                assertThat(view.hasFieldLabel("Unit", field, locale))
                        .as(field + " " + locale)
                        .isTrue();
            }
            assertThat(view.hasFieldLabel("StatusReport", "staffCount", locale)).isTrue();
        }
    }

    Document page(String lang) throws Exception {
        String html = mvc.perform(get("/admin/audit")
                        .param("actor", actor)
                        .param("lang", lang)
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    @Test
    void theTrailReadsAsSentencesInVietnamese() throws Exception {
        Document vi = page("vi");
        String table = vi.getElementById("audit-table").text();
        assertThat(table)
                .doesNotContain("field(s)")
                .doesNotContain("staffCount")
                .doesNotContain("validFrom");
        assertThat(RAW_CODE.matcher(table).find()).as(table).isFalse();
        assertThat(vi.select("td.audit-action").eachText())
                .containsExactly(
                        "Đăng nhập không thành công",
                        "Mở kỳ báo cáo",
                        "Sửa đơn vị",
                        "Duyệt báo cáo tình hình",
                        "Lưu báo cáo tình hình");
        assertThat(table)
                .contains("Đã sửa: ")
                .contains("1.234")
                .contains("15/02/2016")
                .contains("Có")
                .contains("DAKTO: Hiệu lực từ")
                .contains("Đang mở: Không → Có");
        assertThat(vi.select("a.audit-record-link").eachAttr("href"))
                .contains("/reports/" + report, "/units/" + unit, "/periods");
        assertThat(vi.select("a.audit-record-link").eachText())
                .contains("Đơn vị: Ủy ban nhân dân huyện Đắk Tô")
                .anyMatch(t -> t.startsWith("Báo cáo tình hình: Ủy ban nhân dân huyện Đắk Tô · "));
    }

    @Test
    void theTrailReadsAsSentencesInEnglish() throws Exception {
        Document en = page("en");
        String table = en.getElementById("audit-table").text();
        assertThat(RAW_CODE.matcher(table).find()).as(table).isFalse();
        assertThat(table)
                .contains("Saved a status report")
                .contains("Approved a status report")
                .contains("Submitted, awaiting review → Approved")
                .contains("Valid from: 01/01/2016 → 15/02/2016")
                .contains("Failed to sign in")
                .doesNotContain("field(s)");
    }

    @Test
    void theExportsCarryTheSameWordsAndNoFormulas() throws Exception {
        var admin = user(users.loadUserByUsername("admin"));
        byte[] csv = mvc.perform(get("/admin/audit/export.csv")
                        .param("actor", actor)
                        .param("lang", "en")
                        .with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Saved a status report")
                .contains(",'=cmd|")
                .doesNotContain(",=cmd")
                .doesNotContain("field(s)");
        assertThat(text.lines().count()).isGreaterThanOrEqualTo(6);

        byte[] xlsx = mvc.perform(get("/admin/audit/export.xlsx")
                        .param("actor", actor)
                        .param("lang", "vi")
                        .with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Lưu báo cáo tình hình");
            assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).startsWith("Ý kiến: =HYPERLINK");
            var formulaLike = sheet.getRow(1).getCell(5);
            assertThat(formulaLike.getStringCellValue()).startsWith("=cmd");
            assertThat(formulaLike.getCellStyle().getQuotePrefixed())
                    .as("kept as text by Excel's quote prefix")
                    .isTrue();
        }
    }

    @Test
    void filtersByActionAndDaysAndABadDateIsNotAnError() throws Exception {
        var admin = user(users.loadUserByUsername("admin"));
        String html = mvc.perform(get("/admin/audit")
                        .param("actor", actor)
                        .param("action", "UNIT_UPDATED")
                        .param("from", "01/01/2000")
                        .param("to", "31/12/2999")
                        .with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("tr.audit-row")).hasSize(1);
        String future = mvc.perform(get("/admin/audit")
                        .param("actor", actor)
                        .param("from", "01/01/2999")
                        .with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(future).select("tr.audit-row")).isEmpty();
        String bad = mvc.perform(get("/admin/audit")
                        .param("actor", actor)
                        .param("from", "32/13/2020")
                        .with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document badPage = Jsoup.parse(bad);
        assertThat(badPage.select("tr.audit-row")).hasSize(5);
        assertThat(badPage.getElementById("from").hasClass("is-invalid")).isTrue();
    }
}
