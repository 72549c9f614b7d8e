package vn.itplan.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.itplan.support.PostgresTest;

@PostgresTest
class SecurityRulesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousUsersAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/plans")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginPageAndHealthAreOpen() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"login-submit\"")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void demoAccountsSignInWithTheDemoPassword() throws Exception {
        mvc.perform(formLogin("/login").user("itstaff").password("KonTum@2015"))
                .andExpect(authenticated().withUsername("itstaff").withRoles("IT_STAFF"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("ITSTAFF ").password("KonTum@2015"))
                .andExpect(authenticated().withUsername("itstaff"));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody").password("KonTum@2015")).andExpect(unauthenticated());
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "KonTum@2015"))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @CsvSource({"LEADER,/dashboard/overview", "UNIT_ADMIN,/reports", "IT_STAFF,/reports/queue", "ADMIN,/plans"})
    void rootSendsEachRoleWhereItWorks(String role, String landing) throws Exception {
        mvc.perform(get("/").with(user(demoUser(role)))).andExpect(redirectedUrl(landing));
    }

    @ParameterizedTest
    @CsvSource({
        "LEADER,/dashboard,200",
        "LEADER,/plans,200",
        "LEADER,/reports,200",
        "UNIT_ADMIN,/dashboard,403",
        "UNIT_ADMIN,/plans,403",
        "UNIT_ADMIN,/reports,200",
        "UNIT_ADMIN,/units,403",
        "UNIT_ADMIN,/legal-bases,403",
        "UNIT_ADMIN,/periods,403",
        "LEADER,/units,403",
        "LEADER,/admin/audit,403",
        "IT_STAFF,/admin/audit,403",
        "ADMIN,/admin/audit,200",
        "IT_STAFF,/actuator/env,403",
        "IT_STAFF,/plans,200",
        "IT_STAFF,/dashboard,200"
    })
    void routesAreFilteredByRole(String role, String path, int expected) throws Exception {
        mvc.perform(get(path).with(user(demoUser(role)))).andExpect(status().is(expected));
    }

    @Test
    void leadersCannotPostToPlans() throws Exception {
        mvc.perform(post("/plans").with(user(demoUser("LEADER"))).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void responsesCarryProtectiveHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    static CurrentUser demoUser(String role) {
        vn.itplan.security.Role r = vn.itplan.security.Role.valueOf(role);
        return new CurrentUser(
                1L,
                role.toLowerCase(),
                "{noop}x",
                "Test " + role,
                r,
                r == vn.itplan.security.Role.UNIT_ADMIN ? 1L : null,
                true);
    }
}
