package vn.itplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.SearchText;

/**
 * The list exports (.xlsx and CSV with a byte-order mark, formula-like text kept as text) and the QCVN 125 data
 * packages of a period's approved figures.
 */
@PostgresTest
class ExchangeFilesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    byte[] download(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void everyListExportsCsvWithABomAndXlsx() throws Exception {
        long period = jdbc.queryForObject(
                "select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1",
                Long.class);
        for (String list : new String[] {"/units", "/legal-bases", "/plans", "/reports"}) {
            String query = list.equals("/reports") ? "?period=" + period : "";
            byte[] csv = download(list + "/export.csv" + query, "itstaff");
            String text = new String(csv, StandardCharsets.UTF_8);
            assertThat(text).as(list).startsWith("\uFEFF");
            assertThat(text.lines().count()).as(list + ": header and rows").isGreaterThan(1);
            byte[] xlsx = download(list + "/export.xlsx" + query, "itstaff");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(workbook.getSheetAt(0).getLastRowNum()).as(list).isPositive();
            }
        }
        assertThat(new String(download("/units/export.csv", "itstaff"), StandardCharsets.UTF_8))
                .contains("DAKTO")
                .contains("Ủy ban nhân dân huyện Đắk Tô");
    }

    @Test
    void formulaLikeTextIsNeverAFormula() throws Exception {
        String code = "X" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.update(
                "insert into unit (code, name, short_name, kind, parent_id, active, reporting, sort_order, valid_from,"
                        + " search_text) values (?, '=HYPERLINK(\"http://x\")', ?, 'SO',"
                        + " (select id from unit where code = 'KONTUM'), true, false, 9999, date '2016-01-01', ?)",
                code,
                code,
                SearchText.fold(code + " =HYPERLINK(\"http://x\") " + code));
        // a unit has its place in the tree (the subtree queries of other tests read every unit's path)
        jdbc.update(
                "update unit u set path = p.path || u.id || '/', level = p.level + 1 from unit p"
                        + " where p.id = u.parent_id and u.code = ?",
                code);
        String csv = new String(download("/units/export.csv?q=" + code, "itstaff"), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        byte[] xlsx = download("/units/export.xlsx?q=" + code, "itstaff");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            boolean found = false;
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().startsWith("=HYPERLINK")) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                        found = true;
                    }
                    assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void qcvn125PackagesCarryTheApprovedFiguresOfAPeriod() throws Exception {
        long annual2014 = jdbc.queryForObject(
                "select id from reporting_period where period_year = 2014 and kind = 'ANNUAL'", Long.class);
        mvc.perform(get("/api/v1/periods/{id}/qcvn125/report-data", annual2014)
                        .with(user(users.loadUserByUsername("leader"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standard").value("QCVN 125:2021/BTTTT"))
                .andExpect(jsonPath("$.package").value("REPORT_DATA"))
                .andExpect(jsonPath("$.periodCode").value("2014"))
                .andExpect(
                        jsonPath("$.data[?(@.indicatorCode == 'HT01')].value").isNotEmpty());
        mvc.perform(get("/api/v1/periods/{id}/qcvn125", annual2014)
                        .param("download", "true")
                        .with(user(users.loadUserByUsername("itstaff"))))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.containsString("qcvn125-2014.json")))
                .andExpect(
                        jsonPath("$['indicator-catalogue'].indicators[0].code").exists())
                .andExpect(jsonPath("$['period-catalogue'].periods[0].code").exists())
                .andExpect(jsonPath("$['report-status'].units[0].state").exists());
        mvc.perform(get("/api/v1/periods/{id}/qcvn125/nonsense", annual2014)
                        .with(user(users.loadUserByUsername("itstaff"))))
                .andExpect(status().isNotFound());
    }
}
