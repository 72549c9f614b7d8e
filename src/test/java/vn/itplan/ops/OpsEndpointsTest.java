package vn.itplan.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.itplan.support.PostgresTest;

/**
 * Request ids (header and error page), the failed sign-in counter, Prometheus for administrators only, and health
 * without details for everyone else.
 */
@PostgresTest
class OpsEndpointsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    @Test
    void everyAnswerCarriesARequestIdAndTheErrorPageShowsIt() throws Exception {
        MvcResult result = mvc.perform(get("/login")).andReturn();
        String id = result.getResponse().getHeader(RequestIdFilter.HEADER);
        assertThat(id).matches("[0-9a-f]{12}");

        MvcResult given = mvc.perform(get("/login").header(RequestIdFilter.HEADER, "nginx-0123456789abcdef"))
                .andReturn();
        assertThat(given.getResponse().getHeader(RequestIdFilter.HEADER)).isEqualTo("nginx-0123456789abcdef");
        MvcResult forged = mvc.perform(get("/login").header(RequestIdFilter.HEADER, "x\r\nforged line"))
                .andReturn();
        assertThat(forged.getResponse().getHeader(RequestIdFilter.HEADER)).matches("[0-9a-f]{12}");
    }

    @Test
    void aFailedSignInIsCounted() throws Exception {
        double before = failedSignIns();
        mvc.perform(post("/login")
                        .param("username", "ops-nobody-" + System.nanoTime())
                        .param("password", "wrong")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(failedSignIns()).isEqualTo(before + 1);
    }

    @Test
    void prometheusIsForAdministratorsAndHealthDetailsToo() throws Exception {
        mvc.perform(post("/login")
                .param("username", "ops-x")
                .param("password", "wrong")
                .with(csrf()));
        String metrics = mvc.perform(
                        get("/actuator/prometheus").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(metrics).contains("itplan_sign_ins_failed_total", "hikaricp_connections_active", "jvm_memory_used");

        mvc.perform(get("/actuator/prometheus").with(user("leader").roles("LEADER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());

        String publicHealth = mvc.perform(get("/actuator/health").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(publicHealth).contains("UP").doesNotContain("components");
        String adminHealth = mvc.perform(get("/actuator/health")
                        .accept(MediaType.APPLICATION_JSON)
                        .with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(adminHealth).contains("\"db\"");
        String readiness = mvc.perform(get("/actuator/health/readiness")
                        .accept(MediaType.APPLICATION_JSON)
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(readiness).contains("\"db\"", "readinessState");
    }

    private double failedSignIns() {
        var counter = meters.find("itplan.sign-ins.failed").counter();
        return counter == null ? 0 : counter.count();
    }
}
