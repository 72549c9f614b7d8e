package vn.itplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;
import vn.itplan.user.ApiTokenService;

/**
 * The JSON API with personal tokens: the scoping of the report pages (a unit admin's token reaches only its unit's
 * reports, 404 otherwise), the workflow through the same services (start, change, submit, approve), problem details
 * for every refusal, CSRF for browser sessions but not for tokens, and a script reading a plan's figures.
 */
@PostgresTest
class ApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokenService tokens;

    long period;

    @BeforeEach
    void period() {
        int year = TestYears.periodYear();
        jdbc.update(
                "insert into reporting_period (period_year, kind, seq, start_date, end_date, due_date, open)"
                        + " values (?, 'ANNUAL', 1, ?, ?, ?, true)",
                year,
                Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year, 12, 31)),
                Date.valueOf(LocalDate.of(year + 1, 1, 15)));
        period = jdbc.queryForObject(
                "select id from reporting_period where period_year = ? and kind = 'ANNUAL'", Long.class, year);
    }

    CurrentUser as(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    String token(String username) {
        return tokens.create("test " + username, as(username)).token();
    }

    static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    static String json(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    long startReport(String token) throws Exception {
        MvcResult result = mvc.perform(bearer(post("/api/v1/reports"), token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periodId\": " + period + "}"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn();
        return ((Number) JsonPath.read(json(result), "$.report.id")).longValue();
    }

    long version(long report) {
        return jdbc.queryForObject("select version from status_report where id = ?", Long.class, report);
    }

    Integer pcs(long report) {
        return jdbc.queryForObject(
                "select pcs from infrastructure_inventory where report_id = ?", Integer.class, report);
    }

    @Test
    void aUnitAdminsTokenNeitherReadsNorWritesAnotherUnitsReport() throws Exception {
        String dakto = token("unit-dakto");
        String snv = token("unit-snv");
        long report = startReport(dakto);
        mvc.perform(bearer(patch("/api/v1/reports/{id}", report), dakto)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(report) + ", \"values\": {\"pcs\": 40}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values.pcs").value(40));
        long before = version(report);

        mvc.perform(bearer(get("/api/v1/reports/{id}", report), snv))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(bearer(patch("/api/v1/reports/{id}", report), snv)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + before + ", \"values\": {\"pcs\": 99}}"))
                .andExpect(status().isNotFound());
        mvc.perform(bearer(post("/api/v1/reports/{id}/submit", report), snv)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + before + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(bearer(post("/api/v1/reports/{id}/approve", report), snv)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + before + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(bearer(get("/api/v1/reports").param("period", String.valueOf(period)), snv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        long dakToId = jdbc.queryForObject("select id from unit where code = 'DAKTO'", Long.class);
        mvc.perform(bearer(get("/api/v1/reports").param("unit", String.valueOf(dakToId)), snv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));

        assertThat(version(report)).isEqualTo(before);
        assertThat(pcs(report)).isEqualTo(40);
        mvc.perform(bearer(get("/api/v1/reports").param("period", String.valueOf(period)), dakto))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].unitCode").value("DAKTO"));
    }

    @Test
    void aUnitAdminsTokenReadsOnlyItsOwnUnitAsOnTheUnitPages() throws Exception {
        String dakto = token("unit-dakto");
        long dakToId = jdbc.queryForObject("select id from unit where code = 'DAKTO'", Long.class);
        long snvId = jdbc.queryForObject("select id from unit where code = 'SNV'", Long.class);
        mvc.perform(bearer(get("/api/v1/units").param("size", "500"), dakto))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value("DAKTO"));
        mvc.perform(bearer(get("/api/v1/units/{id}", dakToId), dakto)).andExpect(status().isOk());
        mvc.perform(bearer(get("/api/v1/units/{id}", snvId), dakto))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String leader = token("leader");
        mvc.perform(bearer(get("/api/v1/units/{id}", snvId), leader)).andExpect(status().isOk());
        mvc.perform(bearer(get("/api/v1/units").param("code", "SNV"), leader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aUnitSubmitsThroughTheApiAndStaffApprove() throws Exception {
        String dakto = token("unit-dakto");
        long report = startReport(dakto);
        String figures = "{\"staffCount\": 100, \"pcs\": 80, \"pcsInternet\": 75, \"pcsAntivirus\": 60, \"servers\": 2,"
                + " \"printers\": 10, \"scanners\": 2, \"itStaff\": 1, \"hasLan\": true, \"lanUpgradedYear\": 2014,"
                + " \"bandwidthMbps\": 10.5, \"onGovNetwork\": true, \"hasBackup\": true, \"mailboxes\": 60,"
                + " \"staffUsingEmail\": 50, \"usesEmailRegularly\": true, \"outgoingEmailPercent\": 40,"
                + " \"staffUsingFreeMail\": 20, \"deployed\": true, \"deployedSince\": \"2013-05-01\","
                + " \"activeUsers\": 70, \"incomingDocs\": 1000, \"incomingDocsElectronic\": 600,"
                + " \"outgoingDocs\": 400, \"outgoingDocsElectronic\": 200, \"interconnected\": false,"
                + " \"digitalSignatures\": false}";
        // a hard rule: more PCs with Internet than PCs: saved, not submitted, 422 with the field
        mvc.perform(bearer(post("/api/v1/reports/{id}/submit", report), dakto)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(report)
                                + ", \"values\": {\"pcs\": 10, \"pcsInternet\": 20}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("api.report.blocked"))
                .andExpect(jsonPath("$.errors[?(@.field == 'pcsInternet')]").exists());
        assertThat(pcs(report)).isEqualTo(10);
        MvcResult submitted = mvc.perform(bearer(post("/api/v1/reports/{id}/submit", report), dakto)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(report) + ", \"values\": " + figures + "}"))
                .andReturn();
        if (submitted.getResponse().getStatus() == 422) {
            // warnings to acknowledge: send their codes back
            java.util.List<String> codes = JsonPath.read(json(submitted), "$.warnings[*].code");
            assertThat(codes).isNotEmpty();
            mvc.perform(bearer(post("/api/v1/reports/{id}/submit", report), dakto)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\": " + version(report) + ", \"acknowledged\": [\""
                                    + String.join("\",\"", codes) + "\"]}"))
                    .andExpect(status().isOk());
        } else {
            assertThat(submitted.getResponse().getStatus()).isEqualTo(200);
        }
        assertThat(state(report)).isEqualTo("SUBMITTED");

        // a unit admin may not approve (403), staff may
        mvc.perform(bearer(post("/api/v1/reports/{id}/approve", report), dakto)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(report) + "}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String staff = token("itstaff");
        mvc.perform(bearer(post("/api/v1/reports/{id}/approve", report), staff)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + (version(report) - 1) + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("api.conflict"));
        mvc.perform(bearer(post("/api/v1/reports/{id}/approve", report), staff)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(report) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.state").value("APPROVED"));
        assertThat(state(report)).isEqualTo("APPROVED");
        // editing an approved report is refused by the workflow: 409 with the reason
        mvc.perform(bearer(patch("/api/v1/reports/{id}", report), dakto)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(report) + ", \"values\": {\"pcs\": 1}}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_id = ? and action = 'REPORT_APPROVED'",
                        Integer.class,
                        report))
                .isEqualTo(1);
    }

    String state(long report) {
        return jdbc.queryForObject("select state from status_report where id = ?", String.class, report);
    }

    @Test
    void badValuesAre422WithTheirFields() throws Exception {
        String dakto = token("unit-dakto");
        long report = startReport(dakto);
        mvc.perform(
                        bearer(patch("/api/v1/reports/{id}", report), dakto)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"version\": " + version(report)
                                                + ", \"values\": {\"pcs\": \"many\", \"servers\": -1, \"nonsense\": 1, \"printers\": 2.5}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'pcs')].code").value("exchange.value.number"))
                .andExpect(jsonPath("$.errors[?(@.field == 'servers')].code").value("exchange.value.invalid"))
                .andExpect(jsonPath("$.errors[?(@.field == 'nonsense')].code").value("exchange.value.unknownField"))
                .andExpect(jsonPath("$.errors[?(@.field == 'printers')].code").value("exchange.value.whole"));
        assertThat(pcs(report)).isNull();
        mvc.perform(bearer(patch("/api/v1/reports/{id}", report), dakto)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aScriptWithATokenReadsAPlansFigures() throws Exception {
        String token = token("leader");
        MvcResult plans = mvc.perform(bearer(get("/api/v1/plans").param("year", "2015"), token))
                .andExpect(status().isOk())
                .andReturn();
        java.util.List<Integer> ids = JsonPath.read(json(plans), "$.items[?(@.number == '263/KH-UBND')].id");
        assertThat(ids).hasSize(1);
        mvc.perform(bearer(get("/api/v1/plans/{id}/figures", ids.get(0)), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.number").value("263/KH-UBND"))
                .andExpect(jsonPath("$.baselinePeriod.year").value(2014))
                .andExpect(jsonPath("$.figures[?(@.code == 'HT01')].value").isNotEmpty())
                .andExpect(jsonPath("$.targets").isArray());
        // a unit admin reaches no plan (403, as on /plans)
        mvc.perform(bearer(get("/api/v1/plans/{id}/figures", ids.get(0)), token("unit-dakto")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void refusalsAreProblemDetailsNeverTheSignInPage() throws Exception {
        mvc.perform(get("/api/v1/units"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(bearer(get("/api/v1/units"), "itp_nonsense"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("security.api.badToken"));
        String token = token("unit-snv");
        mvc.perform(bearer(get("/api/v1/units").param("code", "SNV"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("SNV"));
        Long id = jdbc.queryForObject(
                "select id from api_token where user_id = ? order by id desc limit 1",
                Long.class,
                as("unit-snv").id());
        tokens.revoke(id, as("unit-snv"));
        mvc.perform(bearer(get("/api/v1/units"), token)).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, token))
                .as("the token itself is never stored")
                .isZero();
    }

    @Test
    void tokenRequestsSkipCsrfBrowserSessionsDoNot() throws Exception {
        String token = token("unit-dakto");
        startReport(token); // a POST with a token and no CSRF token: accepted
        mvc.perform(post("/api/v1/reports")
                        .with(user(as("unit-dakto")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periodId\": " + period + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reports")
                        .with(user(as("unit-dakto")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periodId\": " + period + "}"))
                .andExpect(status().isOk()); // already started by the token request
    }

    @Test
    void aUserCreatesATokenOnTheAccountPageSeesItOnceAndRevokesIt() throws Exception {
        MvcResult page = mvc.perform(post("/account/tokens")
                        .with(user(as("leader")))
                        .with(csrf())
                        .param("name", "LGSP Kon Tum"))
                .andExpect(status().isOk())
                .andReturn();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher shown =
                java.util.regex.Pattern.compile("itp_[A-Za-z0-9_-]{43}").matcher(html);
        assertThat(shown.find()).isTrue();
        String token = shown.group();
        mvc.perform(bearer(get("/api/v1/periods"), token)).andExpect(status().isOk());
        String again = mvc.perform(get("/account").with(user(as("leader"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(again).contains("LGSP Kon Tum").doesNotContain(token);
        Long id = jdbc.queryForObject(
                "select id from api_token where name = 'LGSP Kon Tum' and user_id = ?",
                Long.class,
                as("leader").id());
        mvc.perform(post("/account/tokens/{id}/revoke", id)
                        .with(user(as("unit-snv")))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/tokens/{id}/revoke", id)
                        .with(user(as("leader")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(bearer(get("/api/v1/periods"), token)).andExpect(status().isUnauthorized());
    }
}
