package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;

/**
 * Extra report fields defined by IT staff: shown on the report form of the years they are valid, values typed and
 * checked by type and range, required on submission, shown on the report view; a field with values keeps its type
 * and cannot be deleted.
 */
@PostgresTest
class ExtraFieldsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    ReportTestData data;
    int year;
    long period;
    String yesNo;
    String percent;

    @BeforeEach
    void setUp() throws Exception {
        data = new ReportTestData(jdbc, users);
        year = TestYears.planYear(); // a year nobody else uses, within the form's 2000–2100
        period = data.openPeriod(year);
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        yesNo = "SIG_" + tag;
        percent = "PCT_" + tag;
        createField(yesNo, "YES_NO", "true");
        createField(percent, "PERCENTAGE", "false");
    }

    private void createField(String code, String type, String required) throws Exception {
        mvc.perform(post("/report-fields")
                        .with(user(data.user("itstaff")))
                        .with(csrf())
                        .param("code", code)
                        .param("labelVi", "Sử dụng chữ ký số trong gửi nhận văn bản " + code)
                        .param("labelEn", "Digital signatures in document exchange " + code)
                        .param("type", type)
                        .param("section", "EOFFICE")
                        .param("required", required)
                        .param("validFromYear", String.valueOf(year))
                        // this test's year only: other tests' reports never see these fields
                        .param("validToYear", String.valueOf(year))
                        .param("sortOrder", "1"))
                .andExpect(status().is3xxRedirection());
    }

    long fieldId(String code) {
        return jdbc.queryForObject("select id from report_extra_field where code = ?", Long.class, code);
    }

    long version(long id) {
        return jdbc.queryForObject("select version from status_report where id = ?", Long.class, id);
    }

    MockHttpServletRequestBuilder save(long id, String action, Map<String, String> extra) {
        MockHttpServletRequestBuilder request = post("/reports/{id}/" + action, id)
                .with(user(data.user("unit-stc")))
                .with(csrf())
                .param("version", String.valueOf(version(id)));
        ReportTestData.validParams().forEach(request::param);
        extra.forEach((code, value) -> request.param("extra[" + code + "]", value));
        return request;
    }

    @Test
    void theFormShowsTypesChecksAndStoresExtraFields() throws Exception {
        MvcResult started = mvc.perform(post("/reports")
                        .with(user(data.user("unit-stc")))
                        .with(csrf())
                        .param("periodId", String.valueOf(period)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        long id = Long.parseLong(started.getResponse().getRedirectedUrl().replaceAll("\\D", ""));

        Document form = Jsoup.parse(mvc.perform(get("/reports/{id}/edit", id).with(user(data.user("unit-stc"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select("#section-eoffice input[name='extra[" + yesNo + "]']"))
                .hasSize(2);
        assertThat(form.select("input[name='extra[" + percent + "]']")).hasSize(1);

        // out of range: nothing is saved
        mvc.perform(save(id, "edit", Map.of(yesNo, "true", percent, "150")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "extra[" + percent + "]"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from report_extra_value where report_id = ?", Integer.class, id))
                .isZero();

        // typed values
        mvc.perform(save(id, "edit", Map.of(yesNo, "true", percent, "95,5"))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select yes_no from report_extra_value where report_id = ? and field_id = ?",
                        Boolean.class,
                        id,
                        fieldId(yesNo)))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select number_value from report_extra_value where report_id = ? and field_id = ?",
                        BigDecimal.class,
                        id,
                        fieldId(percent)))
                .isEqualByComparingTo("95.5");

        // required on submission
        mvc.perform(save(id, "submit", Map.of(yesNo, "", percent, "95,5")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "extra[" + yesNo + "]"));
        // answered: no longer blocked by the field (soft warnings against the previous report may still ask for
        // an acknowledgement)
        mvc.perform(save(id, "submit", Map.of(yesNo, "true", percent, "95,5"))).andExpect(r -> {
            if (r.getResponse().getStatus() == 200) {
                org.springframework.validation.BindingResult binding = (org.springframework.validation.BindingResult)
                        r.getModelAndView().getModel().get("org.springframework.validation.BindingResult.form");
                assertThat(binding.hasFieldErrors("extra[" + yesNo + "]")).isFalse();
            }
        });

        Document view = Jsoup.parse(mvc.perform(get("/reports/{id}", id).with(user(data.user("unit-stc"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(view.getElementById("value-" + yesNo)).isNotNull();
        assertThat(view.getElementById("value-" + percent).text()).contains("95,5");

        // a field with values keeps its type and is not deleted
        mvc.perform(post("/report-fields/{id}", fieldId(yesNo))
                        .with(user(data.user("itstaff")))
                        .with(csrf())
                        .param("labelVi", "Chữ ký số")
                        .param("labelEn", "Signatures")
                        .param("type", "WHOLE_NUMBER")
                        .param("section", "EOFFICE")
                        .param("validFromYear", String.valueOf(year))
                        .param("validToYear", String.valueOf(year))
                        .param("sortOrder", "1")
                        .param(
                                "version",
                                String.valueOf(jdbc.queryForObject(
                                        "select version from report_extra_field where code = ?", Long.class, yesNo))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "type"));
        mvc.perform(post("/report-fields/{id}/delete", fieldId(yesNo))
                        .with(user(data.user("itstaff")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select field_type from report_extra_field where code = ?", String.class, yesNo))
                .isEqualTo("YES_NO");
    }
}
