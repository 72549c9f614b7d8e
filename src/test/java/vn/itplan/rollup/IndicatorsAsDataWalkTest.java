package vn.itplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.TestYears;

/**
 * Indicators as data, walked through the screens as IT staff would: a yes/no report field "uses digital signatures"
 * in the eOffice section and a count-of-units indicator over it are added on screen; once reports answering it are
 * approved, its figure is on the figures page with its drill-down, on the plan's figures page and, as a target of
 * the year's plan, on the dashboard; redefining UD02 for a later year leaves this year's figure where it was.
 * (The unit admin's entry of the field on the report form is {@code report.ExtraFieldsTest}; the SQL of the figures
 * is {@link FormulasAsDataTest}.)
 */
@PostgresTest
class IndicatorsAsDataWalkTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    @Test
    void aFieldAndAnIndicatorAddedOnScreenGetFiguresEverywhereAndKeepThemWhenUd02IsRedefined() throws Exception {
        ReportFixture fx = new ReportFixture(jdbc);
        int year = TestYears.planYear(); // a plan refers to it, and the forms take years up to 2100
        ReportFixture.Period period = new ReportFixture.Period(fx.annualPeriod(year), year);
        String tag = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String fieldCode = "SIG_" + tag;
        String code = "AT" + (10 + (int) (System.nanoTime() % 89));
        // IT staff: the field, then the indicator and its formula
        mvc.perform(post("/report-fields")
                        .with(user(as("itstaff")))
                        .with(csrf())
                        .param("code", fieldCode)
                        .param("labelVi", "Sử dụng chữ ký số trong gửi nhận văn bản")
                        .param("labelEn", "Digital signatures in document exchange")
                        .param("type", "YES_NO")
                        .param("section", "EOFFICE")
                        .param("required", "false")
                        .param("validFromYear", String.valueOf(year))
                        .param("validToYear", String.valueOf(year))
                        .param("sortOrder", "1"))
                .andExpect(status().is3xxRedirection());
        long field = jdbc.queryForObject("select id from report_extra_field where code = ?", Long.class, fieldCode);
        mvc.perform(post("/indicators")
                        .with(user(as("itstaff")))
                        .with(csrf())
                        .param("code", code)
                        .param("nameVi", "Tỷ lệ đơn vị sử dụng chữ ký số")
                        .param("nameEn", "Units using digital signatures")
                        .param("unitOfMeasure", "đơn vị")
                        .param("aggregation", "COUNT_UNITS")
                        .param("validFromYear", String.valueOf(year))
                        .param("sortOrder", "998"))
                .andExpect(status().is3xxRedirection());
        long indicator = jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
        long ud02 = jdbc.queryForObject("select id from indicator where code = 'UD02'", Long.class);
        Long plan = null;
        try {
            mvc.perform(formula(indicator, year, Map.of("numerator", "field:" + field)))
                    .andExpect(status().is3xxRedirection());

            // three units of a subtree report; two say yes, one says no
            long root = fx.unit("ROOT", "OTHER", null, false);
            for (boolean yes : new boolean[] {true, true, false}) {
                long unit = fx.unit("U", "SO", root, true);
                long report = fx.report(unit, period.id(), "APPROVED")
                        .infrastructure(10, 10, 10, 10, 1, true, true, false, false, false, 10, 1)
                        .email(10, 5, yes)
                        .save();
                jdbc.update(
                        "insert into report_extra_value (report_id, field_id, yes_no) values (?, ?, ?)",
                        report,
                        field,
                        yes);
            }

            // the figures page and its drill-down
            Document drill = page(get("/figures/{period}/{code}", period.id(), code)
                    .param("unit", String.valueOf(root))
                    .with(user(as("leader"))));
            assertThat(drill.getElementById("figure-value").text()).isEqualTo("2/3");
            assertThat(drill.select("#drilldown-table tbody tr")).hasSize(3);
            assertThat(drill.select("#drilldown-table thead").text())
                    .contains("Sử dụng chữ ký số trong gửi nhận văn bản");

            // a plan of the year on this period targets it: the plan's figures page and the dashboard show it
            String number = "7" + (System.nanoTime() % 100000) + "/KH-AT";
            jdbc.update(
                    "insert into plan (number, title, plan_year, issuer, status, baseline_period_id, revision_no,"
                            + " version) values (?, 'Kế hoạch thử chữ ký số', ?, 'UBND tỉnh Kon Tum', 'DRAFT', ?, 0, 0)",
                    number,
                    year,
                    period.id());
            plan = jdbc.queryForObject("select id from plan where number = ?", Long.class, number);
            mvc.perform(post("/plans/{id}/targets", plan)
                            .with(user(as("itstaff")))
                            .with(csrf())
                            .param("indicatorId", String.valueOf(indicator))
                            .param("targetValue", "2"))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject(
                            "select baseline_value from plan_target where plan_id = ?",
                            java.math.BigDecimal.class,
                            plan))
                    .as("left empty: the computed figure of the baseline period, in units")
                    .isEqualByComparingTo("2");
            assertThat(page(get("/plans/{id}/rollup", plan).with(user(as("itstaff"))))
                            .text())
                    .contains(code);
            Document dashboard = page(get("/dashboard")
                    .param("year", String.valueOf(year))
                    .param("unit", String.valueOf(root))
                    .with(user(as("leader"))));
            assertThat(dashboard.getElementById("target-" + code)).isNotNull();

            // UD02 redefined from the next year: this year's figure stays
            String before = page(get("/figures/{period}/UD02", period.id())
                            .param("unit", String.valueOf(root))
                            .with(user(as("leader"))))
                    .getElementById("figure-value")
                    .text();
            assertThat(before).isEqualTo("2/3");
            Map<String, String> codes = frameworkCodes(ud02);
            mvc.perform(formula(
                            ud02,
                            year + 1,
                            Map.of(
                                    "numerator", "UNITS_WITH_EOFFICE",
                                    "dtiCode", codes.getOrDefault("DTI", ""),
                                    "ictIndexCode", codes.getOrDefault("ICT_INDEX", ""))))
                    .andExpect(status().is3xxRedirection());
            assertThat(frameworkCodes(ud02)).isEqualTo(codes);
            assertThat(page(get("/figures/{period}/UD02", period.id())
                                    .param("unit", String.valueOf(root))
                                    .with(user(as("leader"))))
                            .getElementById("figure-value")
                            .text())
                    .isEqualTo(before);
        } finally {
            jdbc.update(
                    "delete from indicator_definition where indicator_id = ? and valid_from_year = ?", ud02, year + 1);
            if (plan != null) {
                jdbc.update("delete from plan_target where plan_id = ?", plan);
                jdbc.update("delete from plan where id = ?", plan);
            }
            jdbc.update("delete from indicator_framework_code where indicator_id = ?", indicator);
            jdbc.update("delete from indicator_definition where indicator_id = ?", indicator);
            jdbc.update("delete from indicator where id = ?", indicator);
        }
    }

    /** The formula form of a count of units answering yes (1), kept at once; {@code fields} replace some values. */
    private MockHttpServletRequestBuilder formula(long indicator, int year, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/indicators/{id}/formula", indicator)
                .with(user(as("itstaff")))
                .with(csrf())
                .param("validFromYear", String.valueOf(year))
                .param("aggregation", "COUNT_UNITS")
                .param("conditionOp", "EQ")
                .param("conditionValue", "1")
                .param("scale", "1")
                .param("displayKind", "UNITS")
                .param("decimals", "0")
                .param("confirmed", "true");
        fields.forEach(request::param);
        return request;
    }

    private Map<String, String> frameworkCodes(long indicator) {
        Map<String, String> codes = new java.util.HashMap<>();
        jdbc.query(
                "select framework, code from indicator_framework_code where indicator_id = ?",
                rs -> {
                    codes.put(rs.getString("framework"), rs.getString("code"));
                },
                indicator);
        return codes;
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
