package vn.itplan.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.support.PostgresTest;

/** Onboarding: units from a CSV or .xlsx file, previewed with every problem on its row, imported all or none. */
@PostgresTest
class UnitImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    String p;

    @BeforeEach
    void prefix() {
        p = "IMP" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    Document upload(String name, byte[] content, String username) throws Exception {
        String html = mvc.perform(multipart("/units/import")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(csrf())
                        .with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    Document upload(String name, String text) throws Exception {
        return upload(name, text.getBytes(StandardCharsets.UTF_8), "itstaff");
    }

    int count(String code) {
        return jdbc.queryForObject("select count(*) from unit where code = ?", Integer.class, code);
    }

    @Test
    void aGoodFileIsPreviewedThenImportedWholeAndAudited() throws Exception {
        String csv = "\uFEFFcode,name,parent code,kind,valid from\n"
                + p + "A,Sở Thử nghiệm A,KONTUM,SO,01/01/2016\n"
                + p + "B,\"Phòng B, thuộc A\"," + p + "A,OTHER,2016-02-01\n";
        Document preview = upload("units.csv", csv);
        assertThat(preview.select("tr.unit-import-row")).hasSize(2);
        assertThat(preview.select("tr.table-danger")).isEmpty();
        assertThat(count(p + "A")).as("nothing written before the confirmation").isZero();

        String data = preview.select("#unit-import-confirm input[name=data]").val();
        mvc.perform(post("/units/import/confirm")
                        .param("data", data)
                        .with(csrf())
                        .with(user(users.loadUserByUsername("itstaff"))))
                .andExpect(redirectedUrl("/units"))
                .andExpect(flash().attributeExists("flash"));
        assertThat(count(p + "A")).isOne();
        assertThat(jdbc.queryForObject(
                        "select p.code from unit u join unit p on p.id = u.parent_id where u.code = ?",
                        String.class,
                        p + "B"))
                .isEqualTo(p + "A");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'UNIT_CREATED' and summary like ?",
                        Integer.class,
                        p + "%"))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'UNITS_IMPORTED' and summary = ?",
                        Integer.class,
                        p + "A, " + p + "B"))
                .isOne();

        // the trail of the import reads as sentences: no codes, no field names
        String trail = Jsoup.parse(mvc.perform(get("/admin/audit")
                                .param("actor", "itstaff")
                                .param("entityType", "Unit")
                                .with(user(users.loadUserByUsername("admin"))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .getElementById("audit-table")
                .text();
        assertThat(trail)
                .contains("Nhập danh sách đơn vị")
                .contains("Thêm đơn vị")
                .contains("Mã: — → " + p + "B")
                .contains("Loại: — → " + "Khác")
                .contains("Hiệu lực từ: — → 01/02/2016")
                .doesNotContain("UNIT_CREATED")
                .doesNotContain("validFrom")
                .doesNotContain("field(s)");
    }

    @Test
    void everyProblemIsShownOnItsRow() throws Exception {
        String csv = "code,name,parent code,kind,valid from\n"
                + p + "A,A,NOWHERE,SO,01/01/2016\n"
                + p + "A,A again,KONTUM,SO,01/01/2016\n"
                + p + "C,C,KONTUM,PLANET,01/01/2016\n"
                + p + "D,D,KONTUM,SO,31/02/2016\n"
                + "SNV,Duplicate of the demo,KONTUM,SO,\n"
                + p + "F,F," + p + "G,SO,\n"
                + p + "G,G,KONTUM,SO,\n";
        Document preview = upload("units.csv", csv);
        assertThat(preview.getElementById("import-line-2").text()).contains("NOWHERE");
        assertThat(preview.getElementById("import-line-3").text()).contains("dòng trước");
        assertThat(preview.getElementById("import-line-4").text()).contains("Loại phải là một trong");
        assertThat(preview.getElementById("import-line-5").text()).contains("Không phải ngày");
        assertThat(preview.getElementById("import-line-6").text()).contains("Đã có đơn vị");
        assertThat(preview.getElementById("import-line-7").hasClass("table-danger"))
                .as("a parent defined only on a later line")
                .isTrue();
        assertThat(preview.getElementById("import-line-8").hasClass("table-danger"))
                .isFalse();
        assertThat(preview.getElementById("unit-import-confirm")).isNull();
    }

    @Test
    void badFilesGetAMessageNeverAnError() throws Exception {
        assertThat(upload("units.csv", "").getElementById("file-error").text()).isNotBlank();
        assertThat(upload("units.csv", "code,name\nX,Y\n")
                        .getElementById("file-error")
                        .text())
                .contains("parent code");
        assertThat(upload("units.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff}, "itstaff")
                        .getElementById("file-error")
                        .text())
                .contains("CSV");
        assertThat(upload("units.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}, "itstaff")
                        .getElementById("file-error")
                        .text())
                .contains("CSV");
        StringBuilder many = new StringBuilder("code,name,parent code,kind,valid from\n");
        for (int i = 0; i < 1001; i++) {
            many.append(p).append(i).append(",N,KONTUM,SO,\n");
        }
        assertThat(upload("units.csv", many.toString())
                        .getElementById("file-error")
                        .text())
                .contains("1.000");
        assertThat(upload("units.csv", "code,name,parent code,kind,valid from\n")
                        .getElementById("file-error")
                        .text())
                .isNotBlank();
    }

    @Test
    void anExcelFileIsReadToo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet();
            String[][] rows = {
                {"Code", "Name", "Parent_code", "Kind", "Valid from"}, {p + "X", "Excel", "KONTUM", "so", "01/03/2016"}
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        Document preview = upload("units.xlsx", out.toByteArray(), "admin");
        assertThat(preview.select("tr.unit-import-row")).hasSize(1);
        assertThat(preview.select("tr.table-danger")).isEmpty();
        assertThat(preview.getElementById("unit-import-confirm")).isNotNull();
    }

    @Test
    void aConfirmationThatNoLongerHoldsImportsNothing() throws Exception {
        String data = "code,name,parent code,kind,valid from\n" + p + "Q,Q,KONTUM,SO,\nSNV,Again,KONTUM,SO,\n";
        mvc.perform(post("/units/import/confirm")
                        .param("data", data)
                        .with(csrf())
                        .with(user(users.loadUserByUsername("itstaff"))))
                .andExpect(redirectedUrl("/units/import"))
                .andExpect(flash().attributeExists("flash"));
        assertThat(count(p + "Q")).isZero();
    }

    @Test
    void unitAdminsMayNotImport() throws Exception {
        mvc.perform(multipart("/units/import")
                        .file(new MockMultipartFile("file", "u.csv", "text/csv", new byte[] {'a'}))
                        .with(csrf())
                        .with(user(users.loadUserByUsername("unit-dakto"))))
                .andExpect(status().isForbidden());
    }
}
