package vn.itplan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.itplan.support.PostgresTest;

/**
 * An indicator created on screen gets its formula on its formula page: checked, previewed on the latest period with
 * approved reports, then kept; a later year's definition leaves the earlier one in place.
 */
@PostgresTest
class FormulaControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndicatorService indicators;

    long id;
    String code;

    @BeforeEach
    void newIndicator() {
        code = "ZF" + (10 + (int) (System.nanoTime() % 89));
        jdbc.update(
                "delete from indicator_framework_code where indicator_id in (select id from indicator where code = ?)",
                code);
        jdbc.update(
                "delete from indicator_definition where indicator_id in (select id from indicator where code = ?)",
                code);
        jdbc.update("delete from indicator where code = ?", code);
        jdbc.update(
                "insert into indicator (code, name_vi, name_en, unit_of_measure, aggregation, sort_order)"
                        + " values (?, 'Thử', 'Test', 'đơn vị', 'COUNT_UNITS', 999)",
                code);
        id = jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
    }

    @AfterEach
    void remove() {
        jdbc.update("delete from indicator_framework_code where indicator_id = ?", id);
        jdbc.update("delete from indicator_definition where indicator_id = ?", id);
        jdbc.update("delete from indicator where id = ?", id);
    }

    UserDetails staff() {
        return users.loadUserByUsername("itstaff");
    }

    /** The formula form's fields; {@code overrides} replace some (name, value, name, value, ...). */
    MockHttpServletRequestBuilder formula(int year, String confirmed, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("validFromYear", String.valueOf(year));
        fields.put("aggregation", "COUNT_UNITS");
        fields.put("numerator", "UNITS_USING_EMAIL");
        fields.put("conditionOp", "EQ");
        fields.put("conditionValue", "1");
        fields.put("scale", "1");
        fields.put("displayKind", "UNITS");
        fields.put("decimals", "0");
        fields.put("dtiCode", "2.3.1");
        fields.put("confirmed", confirmed);
        for (int k = 0; k < overrides.length; k += 2) {
            fields.put(overrides[k], overrides[k + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/indicators/{id}/formula", id).with(user(staff())).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void checkPreviewThenKeep() throws Exception {
        Document page =
                Jsoup.parse(mvc.perform(get("/indicators/{id}/formula", id).with(user(staff())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.getElementById("no-formula")).isNotNull();

        // first submission: checked and previewed (the demo has approved reports), nothing kept yet
        Document preview = Jsoup.parse(mvc.perform(formula(2015, "false"))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("preview"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(preview.getElementById("preview-value").text()).contains("/");
        assertThat(indicators.formulaIn(code, 2015)).isEmpty();

        mvc.perform(formula(2015, "true")).andExpect(redirectedUrl("/indicators/" + id + "/formula"));
        assertThat(indicators.formulaIn(code, 2015)).hasValueSatisfying(f -> {
            assertThat(f.numerator().measure()).isEqualTo("UNITS_USING_EMAIL");
            assertThat(f.displayKind()).isEqualTo(DisplayKind.UNITS);
        });
        assertThat(jdbc.queryForObject(
                        "select code from indicator_framework_code where indicator_id = ? and framework = 'DTI'",
                        String.class,
                        id))
                .isEqualTo("2.3.1");

        // a definition for 2017 leaves 2015's
        mvc.perform(formula(2017, "true", "numerator", "UNITS_WITH_EOFFICE")).andExpect(status().is3xxRedirection());
        assertThat(indicators.formulaIn(code, 2015).orElseThrow().numerator().measure())
                .isEqualTo("UNITS_USING_EMAIL");
        assertThat(indicators.formulaIn(code, 2017).orElseThrow().numerator().measure())
                .isEqualTo("UNITS_WITH_EOFFICE");
    }

    @Test
    void aFormulaIsCheckedBeforeItIsKept() throws Exception {
        mvc.perform(formula(2015, "true", "numerator", "NO_SUCH_MEASURE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "numerator"));
        mvc.perform(formula(2015, "true", "displayKind", "PERCENTAGE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "displayKind"));
        assertThat(indicators.formulaIn(code, 2015)).isEmpty();
    }
}
