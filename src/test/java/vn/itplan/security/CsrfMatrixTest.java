package vn.itplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.itplan.support.PostgresTest;

/**
 * Every state-changing route (each POST, PUT, PATCH or DELETE mapping of the handler mapping, plus the sign-in
 * and sign-out filters) refuses a request without a CSRF token, or with a wrong one, with 403, even for a user
 * whom {@link AuthorizationMatrixTest} shows may reach it with a token. Refused requests change nothing.
 */
@PostgresTest
class CsrfMatrixTest {

    static final List<HttpMethod> SAFE = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Test
    void everyStateChangingRouteRefusesAMissingOrWrongToken() throws Exception {
        Map<String, AuthorizationMatrixTest.Expectation> table = AuthorizationMatrixTest.expectations();
        List<String> routes = new ArrayList<>();
        for (String route : AuthorizationMatrixTest.normalisedRoutes(mappings)) {
            String method = route.substring(0, route.indexOf(' '));
            if (method.equals("ANY")) {
                routes.add("POST" + route.substring(3));
            } else if (!SAFE.contains(HttpMethod.valueOf(method))) {
                routes.add(route);
            }
        }
        assertThat(routes).as("state-changing routes found").hasSizeGreaterThan(30);
        routes.add("POST /login");
        routes.add("POST /logout");

        List<String> accepted = new ArrayList<>();
        for (String route : routes) {
            String pattern = route.substring(route.indexOf(' ') + 1);
            AuthorizationMatrixTest.Expectation expectation = table.get(route);
            if (expectation == null && route.startsWith("POST /error")) {
                expectation = table.get("ANY /error");
            }
            String path = expectation == null ? pattern : expectation.sample().replaceAll("\\{\\w+}", "1");
            String role = expectation == null ? "admin" : allowedRole(expectation);
            HttpMethod method = HttpMethod.valueOf(route.substring(0, route.indexOf(' ')));
            for (boolean wrongToken : List.of(false, true)) {
                MockHttpServletRequestBuilder request = request(method, path);
                if (role != null) {
                    request.with(user(users.loadUserByUsername(role)));
                }
                if (wrongToken) {
                    request.with(csrf().useInvalidToken());
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                if (status != 403) {
                    accepted.add(route + (wrongToken ? " with a wrong token" : " without a token") + " as " + role
                            + ": " + status);
                }
            }
        }
        assertThat(accepted)
                .as("state-changing requests not refused for their CSRF token")
                .isEmpty();
    }

    /** The first role the table lets through (with a token), so that a 403 here is the token's doing. */
    private static String allowedRole(AuthorizationMatrixTest.Expectation expectation) {
        for (int i = 0; i < AuthorizationMatrixTest.ROLES.size(); i++) {
            if (expectation.outcomes().get(i).equals("ok")) {
                String role = AuthorizationMatrixTest.ROLES.get(i);
                return role.equals("anonymous") ? null : role;
            }
        }
        return "admin";
    }
}
