package vn.itplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.itplan.support.PostgresTest;

/**
 * Every request mapping of the application, taken from the handler mapping (so a new endpoint cannot be
 * forgotten), against an explicit table of who may reach it: anonymous, the unit admin of the unit that owns
 * the sample record (DAKTO), the unit admin of another unit (SNV), the leader, IT staff and the administrator.
 * Each request runs in a transaction that is rolled back, so allowed state changes leave no trace.
 *
 * <p>Outcomes: {@code login} (redirected to the sign-in page), {@code ok} (reached the handler: a page, a
 * redirect elsewhere, a form with errors, a refusal flash), {@code 403}, {@code 404}; {@code 500} only for
 * {@code /error} requested directly (no error to show); {@code 401} for {@code /api/**} without a session or token
 * (a problem detail, never the sign-in page). Any other 5xx fails the test.
 *
 * <p>Adding a route is one line in {@link #EXPECTED}: {@code METHOD /pattern  sample-path  anon owner other
 * leader staff admin}. Sample paths use the demo ids below ({report}, {plan}, ..., {user}: the demo account
 * unit-stp, which no role here signs in as).
 *
 * <p>What the table records on purpose: a unit admin reaches only their own unit's reports and profile (another
 * unit's are 404, never 403); leaders read plans and figures but not the catalogues, and a report only once
 * approved (the sample is a submitted one: 404); staff review but never fill in a unit's report (403); the accounts
 * ({@code /admin/users/**}, import included) are the administrator's alone, while {@code /account/**} is every
 * signed-in user's own.
 */
@PostgresTest
class AuthorizationMatrixTest {

    static final List<String> ROLES = List.of("anonymous", "unit-dakto", "unit-snv", "leader", "itstaff", "admin");

    /** METHOD pattern | sample path | anonymous, owner unit admin, other unit admin, leader, IT staff, admin. */
    static final String EXPECTED = """
            GET    /                                                  /                                          login ok    ok    ok    ok    ok
            GET    /login                                             /login                                     ok    ok    ok    ok    ok    ok
            ANY    /error                                             /error                                     500   500   500   500   500   500
            GET    /admin/audit                                       /admin/audit                               login 403   403   403   403   ok
            GET    /admin/audit/export.xlsx                           /admin/audit/export.xlsx                   login 403   403   403   403   ok
            GET    /admin/audit/export.csv                            /admin/audit/export.csv                    login 403   403   403   403   ok
            GET    /admin/users                                       /admin/users                               login 403   403   403   403   ok
            POST   /admin/users                                       /admin/users                               login 403   403   403   403   ok
            GET    /admin/users/new                                   /admin/users/new                           login 403   403   403   403   ok
            GET    /admin/users/{id}/edit                             /admin/users/{user}/edit                   login 403   403   403   403   ok
            POST   /admin/users/{id}                                  /admin/users/{user}                        login 403   403   403   403   ok
            POST   /admin/users/{id}/disable                          /admin/users/{user}/disable                login 403   403   403   403   ok
            POST   /admin/users/{id}/enable                           /admin/users/{user}/enable                 login 403   403   403   403   ok
            POST   /admin/users/{id}/reset-password                   /admin/users/{user}/reset-password         login 403   403   403   403   ok
            GET    /admin/users/{id}/password                         /admin/users/{user}/password               login 403   403   403   403   ok
            GET    /admin/users/import                                /admin/users/import                        login 403   403   403   403   ok
            POST   /admin/users/import                                /admin/users/import                        login 403   403   403   403   ok
            GET    /admin/users/import/preview                        /admin/users/import/preview                login 403   403   403   403   ok
            POST   /admin/users/import/confirm                        /admin/users/import/confirm                login 403   403   403   403   ok
            GET    /admin/users/import/done                           /admin/users/import/done                   login 403   403   403   403   ok
            POST   /admin/users/import/passwords                      /admin/users/import/passwords              login 403   403   403   403   ok
            GET    /account                                           /account                                   login ok    ok    ok    ok    ok
            GET    /account/password                                  /account/password                          login ok    ok    ok    ok    ok
            POST   /account/password                                  /account/password                          login ok    ok    ok    ok    ok
            POST   /account/sessions/end-others                       /account/sessions/end-others               login ok    ok    ok    ok    ok
            GET    /notifications                                     /notifications                             login ok    ok    ok    ok    ok
            POST   /notifications/{id}/open                           /notifications/1/open                      login ok    ok    ok    ok    ok
            POST   /notifications/read-all                            /notifications/read-all                    login ok    ok    ok    ok    ok
            POST   /account/notifications                             /account/notifications                     login ok    ok    ok    ok    ok
            GET    /notifications/remind                              /notifications/remind?period={period}      login 403   403   403   ok    ok
            POST   /notifications/remind                              /notifications/remind?period={period}      login 403   403   403   ok    ok
            GET    /dashboard                                         /dashboard                                 login 403   403   ok    ok    ok
            GET    /dashboard/overview                                /dashboard/overview                        login 403   403   ok    ok    ok
            GET    /figures/{periodId}/{code}                         /figures/{period}/HT01                     login 403   403   ok    ok    ok
            GET    /units                                             /units                                     login 403   403   403   ok    ok
            POST   /units                                             /units                                     login 403   403   403   ok    ok
            GET    /units/new                                         /units/new                                 login 403   403   403   ok    ok
            GET    /units/import                                      /units/import                              login 403   403   403   ok    ok
            POST   /units/import                                      /units/import                              login 403   403   403   ok    ok
            POST   /units/import/confirm                              /units/import/confirm                      login 403   403   403   ok    ok
            GET    /units/{id}                                        /units/{unit}                              login 403   403   403   ok    ok
            POST   /units/{id}                                        /units/{unit}                              login 403   403   403   ok    ok
            GET    /units/{id}/edit                                   /units/{unit}/edit                         login 403   403   403   ok    ok
            GET    /units/{id}/move                                   /units/{unit}/move                         login 403   403   403   ok    ok
            POST   /units/{id}/move                                   /units/{unit}/move                         login 403   403   403   ok    ok
            POST   /units/{id}/deactivate                             /units/{unit}/deactivate                   login 403   403   403   ok    ok
            POST   /units/{id}/reactivate                             /units/{unit}/reactivate                   login 403   403   403   ok    ok
            GET    /units/{id}/profile                                /units/{unit}/profile                      login ok    404   ok    ok    ok
            GET    /periods                                           /periods                                   login 403   403   403   ok    ok
            POST   /periods                                           /periods                                   login 403   403   403   ok    ok
            POST   /periods/{id}/open                                 /periods/{period}/open                     login 403   403   403   ok    ok
            POST   /periods/{id}/close                                /periods/{period}/close                    login 403   403   403   ok    ok
            GET    /periods/{id}/edit                                 /periods/{period}/edit                     login 403   403   403   ok    ok
            POST   /periods/{id}                                      /periods/{period}                          login 403   403   403   ok    ok
            POST   /periods/year                                      /periods/year                              login 403   403   403   ok    ok
            POST   /periods/holidays                                  /periods/holidays                          login 403   403   403   ok    ok
            POST   /periods/holidays/{id}/delete                      /periods/holidays/1/delete                 login 403   403   403   ok    ok
            GET    /indicators                                        /indicators                                login 403   403   403   ok    ok
            POST   /indicators                                        /indicators                                login 403   403   403   ok    ok
            GET    /indicators/new                                    /indicators/new                            login 403   403   403   ok    ok
            GET    /indicators/{id}/edit                              /indicators/{indicator}/edit               login 403   403   403   ok    ok
            POST   /indicators/{id}                                   /indicators/{indicator}                    login 403   403   403   ok    ok
            GET    /indicators/{id}/formula                           /indicators/{indicator}/formula            login 403   403   403   ok    ok
            POST   /indicators/{id}/formula                           /indicators/{indicator}/formula            login 403   403   403   ok    ok
            GET    /report-fields                                     /report-fields                             login 403   403   403   ok    ok
            POST   /report-fields                                     /report-fields                             login 403   403   403   ok    ok
            GET    /report-fields/new                                 /report-fields/new                         login 403   403   403   ok    ok
            GET    /report-fields/{id}/edit                           /report-fields/{field}/edit                login 403   403   403   ok    ok
            POST   /report-fields/{id}                                /report-fields/{field}                     login 403   403   403   ok    ok
            POST   /report-fields/{id}/delete                         /report-fields/{field}/delete              login 403   403   403   ok    ok
            GET    /legal-bases                                       /legal-bases                               login 403   403   403   ok    ok
            GET    /legal-bases/{id}                                  /legal-bases/{legal}                       login 403   403   403   ok    ok
            GET    /legal-bases/new                                   /legal-bases/new                           login 403   403   403   ok    ok
            POST   /legal-bases/new                                   /legal-bases/new                           login 403   403   403   ok    ok
            GET    /legal-bases/{id}/edit                             /legal-bases/{legal}/edit                  login 403   403   403   ok    ok
            POST   /legal-bases/{id}/edit                             /legal-bases/{legal}/edit                  login 403   403   403   ok    ok
            GET    /legal-bases/number-check                          /legal-bases/number-check                  login 403   403   403   ok    ok
            GET    /plans                                             /plans                                     login 403   403   ok    ok    ok
            POST   /plans                                             /plans                                     login 403   403   403   ok    ok
            GET    /plans/new                                         /plans/new                                 login 403   403   403   ok    ok
            GET    /plans/{planId}                                    /plans/{plan}                              login 403   403   ok    ok    ok
            POST   /plans/{planId}                                    /plans/{plan}                              login 403   403   403   ok    ok
            GET    /plans/{planId}/rollup                             /plans/{plan}/rollup                       login 403   403   403   ok    ok
            POST   /plans/{planId}/narrative/{part}                   /plans/{plan}/narrative/EMAIL              login 403   403   403   ok    ok
            GET    /plans/{planId}/legal-search                       /plans/{plan}/legal-search                 login 403   403   ok    ok    ok
            GET    /plans/{planId}/unit-search                        /plans/{plan}/unit-search                  login 403   403   ok    ok    ok
            POST   /plans/{planId}/legal-bases                        /plans/{plan}/legal-bases                  login 403   403   403   ok    ok
            POST   /plans/{planId}/sections                           /plans/{plan}/sections                     login 403   403   403   ok    ok
            POST   /plans/{planId}/targets                            /plans/{plan}/targets                      login 403   403   403   ok    ok
            POST   /plans/{planId}/tasks                              /plans/{plan}/tasks                        login 403   403   403   ok    ok
            POST   /plans/{planId}/{items}/{itemId}/{direction}       /plans/{plan}/tasks/{task}/up              login 403   403   403   ok    ok
            POST   /plans/{planId}/{items}/{itemId}/delete            /plans/{plan}/tasks/{task}/delete          login 403   403   403   ok    ok
            POST   /plans/{planId}/issue                              /plans/{plan}/issue                        login 403   403   403   ok    ok
            POST   /plans/{planId}/revise                             /plans/{plan}/revise                       login 403   403   403   ok    ok
            POST   /plans/{planId}/sign-off                           /plans/{plan}/sign-off                     login 403   403   ok    403   ok
            POST   /plans/settings                                    /plans/settings?signOffRequired=true       login 403   403   403   403   ok
            GET    /plans/{id}/document.docx                          /plans/{plan}/document.docx                login 403   403   ok    ok    ok
            GET    /plans/{id}/tables.xlsx                            /plans/{plan}/tables.xlsx                  login 403   403   ok    ok    ok
            GET    /plans/{id}/preview                                /plans/{plan}/preview                      login 403   403   ok    ok    ok
            GET    /reports                                           /reports                                   login ok    ok    ok    ok    ok
            POST   /reports                                           /reports?periodId={period}                 login ok    ok    403   403   403
            GET    /reports/{id}                                      /reports/{report}                          login ok    404   404   ok    ok
            GET    /reports/{id}/edit                                 /reports/{report}/edit                     login ok    404   404   ok    ok
            POST   /reports/{id}/edit                                 /reports/{report}/edit                     login ok    404   404   403   403
            POST   /reports/{id}/submit                               /reports/{report}/submit                   login ok    404   404   403   403
            POST   /reports/{id}/{action}                             /reports/{report}/approve                  login 403   404   404   ok    ok
            POST   /reports/{id}/field-comments                       /reports/{report}/field-comments           login 403   403   403   ok    ok
            POST   /reports/{id}/attachments                          /reports/{report}/attachments              login ok    404   404   403   403
            GET    /reports/{id}/attachments/{attachmentId}           /reports/{report}/attachments/{attachment} login ok    404   404   ok    ok
            POST   /reports/{id}/attachments/{attachmentId}/delete    /reports/{report}/attachments/{attachment}/delete login ok 404 404 403 403
            GET    /reports/extensions/new                            /reports/extensions/new?unitId={unit}&periodId={period} login 403 403 403 ok ok
            POST   /reports/extensions                                /reports/extensions?unitId={unit}&periodId={period} login 403 403 403 ok ok
            GET    /reports/extension-requests/new                    /reports/extension-requests/new?periodId={period} login ok ok 403 403 403
            POST   /reports/extension-requests                        /reports/extension-requests?periodId={period} login ok ok 403 403 403
            GET    /reports/extension-requests/{id}/refuse            /reports/extension-requests/0/refuse       login 403   403   403   404   404
            POST   /reports/extension-requests/{id}/refuse            /reports/extension-requests/0/refuse       login 403   403   403   404   404
            GET    /reports/queue                                     /reports/queue                             login 403   403   403   ok    ok
            POST   /reports/approve                                   /reports/approve?period={period}           login 403   403   403   ok    ok
            POST   /account/tokens                                    /account/tokens                            login ok    ok    ok    ok    ok
            POST   /account/tokens/{id}/revoke                        /account/tokens/0/revoke                   login 404   404   404   404   404
            GET    /units/export.{format}                             /units/export.xlsx                         login 403   403   403   ok    ok
            GET    /legal-bases/export.{format}                       /legal-bases/export.csv                    login 403   403   403   ok    ok
            GET    /plans/export.{format}                             /plans/export.xlsx                         login 403   403   ok    ok    ok
            GET    /reports/export.{format}                           /reports/export.csv?period={period}        login 403   403   ok    ok    ok
            GET    /api/v1/units                                      /api/v1/units                              401   ok    ok    ok    ok    ok
            GET    /api/v1/units/{id}                                 /api/v1/units/{unit}                       401   ok    404   ok    ok    ok
            GET    /api/v1/periods                                    /api/v1/periods                            401   ok    ok    ok    ok    ok
            GET    /api/v1/periods/{id}                               /api/v1/periods/{period}                   401   ok    ok    ok    ok    ok
            GET    /api/v1/periods/{id}/figures                       /api/v1/periods/{period}/figures           401   403   403   ok    ok    ok
            GET    /api/v1/plans                                      /api/v1/plans                              401   403   403   ok    ok    ok
            GET    /api/v1/plans/{id}                                 /api/v1/plans/{plan}                       401   403   403   ok    ok    ok
            GET    /api/v1/plans/{id}/figures                         /api/v1/plans/{plan}/figures               401   403   403   ok    ok    ok
            GET    /api/v1/reports                                    /api/v1/reports                            401   ok    ok    ok    ok    ok
            GET    /api/v1/reports/fields                             /api/v1/reports/fields                     401   ok    ok    ok    ok    ok
            GET    /api/v1/reports/{id}                               /api/v1/reports/{report}                   401   ok    404   404   ok    ok
            POST   /api/v1/reports                                    /api/v1/reports                            401   ok    ok    ok    ok    ok
            PATCH  /api/v1/reports/{id}                               /api/v1/reports/{report}                   401   ok    ok    ok    ok    ok
            POST   /api/v1/reports/{id}/submit                        /api/v1/reports/{report}/submit            401   ok    ok    ok    ok    ok
            POST   /api/v1/reports/{id}/{action}                      /api/v1/reports/{report}/approve           401   ok    ok    ok    ok    ok
            GET    /api/v1/periods/{id}/qcvn125                       /api/v1/periods/{period}/qcvn125           401   403   403   ok    ok    ok
            GET    /api/v1/periods/{id}/qcvn125/{name}                /api/v1/periods/{period}/qcvn125/report-data 401 403  403   ok    ok    ok
            GET    /reports/import                                    /reports/import                            login ok    ok    403   ok    ok
            GET    /reports/import/template.xlsx                      /reports/import/template.xlsx?period={period} login ok ok   403   ok    ok
            POST   /reports/import                                    /reports/import?period={period}            login ok    ok    403   ok    ok
            GET    /reports/import/{job}                              /reports/import/no-such-job                login 404   404   404   404   404
            GET    /reports/import/{job}/progress                     /reports/import/no-such-job/progress       login 404   404   404   404   404
            POST   /reports/import/{job}/confirm                      /reports/import/no-such-job/confirm        login 404   404   404   404   404
            GET    /reports/values.csv                                /reports/values.csv?period={period}        login 403   403   403   ok    ok
            GET    /v3/api-docs                                       /v3/api-docs                               login ok    ok    ok    ok    ok
            GET    /v3/api-docs.yaml                                  /v3/api-docs.yaml                          login ok    ok    ok    ok    ok
            GET    /v3/api-docs/swagger-config                        /v3/api-docs/swagger-config                login ok    ok    ok    ok    ok
            GET    /swagger-ui.html                                   /swagger-ui.html                           login ok    ok    ok    ok    ok
            """;

    record Expectation(String key, String sample, List<String> outcomes) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    Map<String, String> ids = new LinkedHashMap<>();

    /** Each role's account as the demo data has it (loaded once: every request's changes are rolled back). */
    Map<String, UserDetails> signedIn = new HashMap<>();

    @BeforeEach
    void demoIds() {
        ids.put(
                "report",
                id("select r.id from status_report r join unit u on u.id = r.unit_id join reporting_period p"
                        + " on p.id = r.period_id where u.code = 'DAKTO' and p.period_year = 2015"
                        + " and p.kind = 'QUARTERLY' and p.seq = 1"));
        ids.put("unit", id("select id from unit where code = 'DAKTO'"));
        ids.put(
                "period",
                id("select id from reporting_period where period_year = 2015 and kind = 'QUARTERLY' and seq = 1"));
        ids.put("plan", id("select id from plan where number = '263/KH-UBND' and plan_year = 2015"));
        ids.put(
                "task",
                id(
                        "select min(t.id) from plan_task t join plan p on p.id = t.plan_id where p.number = '263/KH-UBND' and p.plan_year = 2015"));
        ids.put("indicator", id("select id from indicator where code = 'HT01'"));
        // a report field with a value, so that deleting it is refused (the matrix posts to every route)
        jdbc.update("insert into report_extra_field (code, label_vi, label_en, field_type, section, valid_from_year)"
                + " select 'MATRIX_FIELD', 'Matrix', 'Matrix', 'YES_NO', 'EOFFICE', 2099"
                + " where not exists (select 1 from report_extra_field where code = 'MATRIX_FIELD')");
        ids.put("field", id("select id from report_extra_field where code = 'MATRIX_FIELD'"));
        jdbc.update(
                "insert into report_extra_value (report_id, field_id, yes_no) select ?, ?, true where not exists"
                        + " (select 1 from report_extra_value where report_id = ? and field_id = ?)",
                Long.valueOf(ids.get("report")),
                Long.valueOf(ids.get("field")),
                Long.valueOf(ids.get("report")),
                Long.valueOf(ids.get("field")));
        ids.put("legal", id("select min(id) from legal_document"));
        ids.put("user", id("select id from app_user where username = 'unit-stp'"));
    }

    private String id(String sql) {
        Long id = jdbc.queryForObject(sql, Long.class);
        assertThat(id).as(sql).isNotNull();
        return id.toString();
    }

    /** "METHOD pattern" of every handler method, e.g. "GET /reports/{id}" ("ANY" when no method is named). */
    static Set<String> mappedRoutes(RequestMappingHandlerMapping mappings) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("ANY " + pattern);
                }
                for (RequestMethod method : methods) {
                    routes.add(method.name() + " " + pattern);
                }
            }
        }
        return routes;
    }

    static Map<String, Expectation> expectations() {
        Map<String, Expectation> table = new LinkedHashMap<>();
        for (String line : EXPECTED.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            assertThat(cells).as("expectation line: " + line).hasSize(3 + ROLES.size());
            String key = cells[0] + " " + normalise(cells[1]);
            table.put(key, new Expectation(key, cells[2], List.of(cells).subList(3, cells.length)));
        }
        return table;
    }

    /** "/plans/{planId}/{items:legal-bases|sections}/..." → "/plans/{planId}/{items}/...". */
    static String normalise(String pattern) {
        return pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
    }

    static Set<String> normalisedRoutes(RequestMappingHandlerMapping mappings) {
        Set<String> routes = new TreeSet<>();
        for (String route : mappedRoutes(mappings)) {
            int space = route.indexOf(' ');
            routes.add(route.substring(0, space) + " " + normalise(route.substring(space + 1)));
        }
        return routes;
    }

    @Test
    void everyMappingHasAnExpectationAndEveryExpectationAMapping() {
        Set<String> routes = normalisedRoutes(mappings);
        Set<String> expected = expectations().keySet();
        Set<String> withoutExpectation = new TreeSet<>(routes);
        withoutExpectation.removeAll(expected);
        Set<String> stale = new TreeSet<>(expected);
        stale.removeAll(routes);
        assertThat(withoutExpectation)
                .as("request mappings without an expectation in AuthorizationMatrixTest.EXPECTED")
                .isEmpty();
        assertThat(stale).as("expectations for routes that no longer exist").isEmpty();
    }

    @Test
    void eachRoleGetsWhatTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Expectation expectation : expectations().values()) {
            for (int i = 0; i < ROLES.size(); i++) {
                String role = ROLES.get(i);
                String actual = outcome(expectation, role);
                if (!actual.equals(expectation.outcomes().get(i))) {
                    wrong.add(expectation.key() + " as " + role + ": expected "
                            + expectation.outcomes().get(i) + ", got " + actual);
                }
            }
        }
        assertThat(wrong).as("routes whose outcome differs from the table").isEmpty();
    }

    private String outcome(Expectation expectation, String role) {
        return tx.execute(status -> {
            status.setRollbackOnly();
            try {
                String path = resolve(expectation.sample(), attachment());
                MockHttpServletRequestBuilder request =
                        request(method(expectation.key()), path).with(csrf());
                if (!role.equals("anonymous")) {
                    request.with(user(signedIn.computeIfAbsent(role, users::loadUserByUsername)));
                }
                MockHttpServletResponse response =
                        mvc.perform(request).andReturn().getResponse();
                return classify(response);
            } catch (Exception e) {
                return "exception " + e;
            }
        });
    }

    /** An attachment of the sample report, inside the rolled-back transaction. */
    private String attachment() {
        jdbc.update(
                "insert into report_attachment (report_id, file_name, content_type, size_bytes, sha256, uploaded_by,"
                        + " uploaded_at) values (?, 'matrix.pdf', 'application/pdf', 1, ?, 'unit-dakto',"
                        + " current_timestamp)",
                Long.valueOf(ids.get("report")),
                "0".repeat(64));
        String id = id("select max(id) from report_attachment where file_name = 'matrix.pdf'");
        jdbc.update(
                "insert into report_attachment_content (attachment_id, content) values (?, ?)",
                Long.valueOf(id),
                "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return id;
    }

    private String resolve(String sample, String attachment) {
        Matcher matcher = Pattern.compile("\\{(\\w+)}").matcher(sample);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = name.equals("attachment") ? attachment : ids.get(name);
            assertThat(value).as("sample id {" + name + "}").isNotNull();
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    static HttpMethod method(String key) {
        String method = key.substring(0, key.indexOf(' '));
        return method.equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(method);
    }

    static String classify(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status / 100 == 3 && location != null && location.matches("(https?://[^/]+)?/login")) {
            return "login";
        }
        if (status == 401 || status == 403 || status == 404) {
            return String.valueOf(status);
        }
        if (status >= 500) {
            return String.valueOf(status);
        }
        return "ok";
    }
}
