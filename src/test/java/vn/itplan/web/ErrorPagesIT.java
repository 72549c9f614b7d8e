package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.itplan.support.PortalHttpClient;
import vn.itplan.support.ServerTest;

/**
 * Error pages render inside the layout, in the user's language, and never show a stack trace. Plain HTTP against
 * the real server: the error page is Tomcat's error dispatch to Boot's error view, which MockMvc does not run.
 */
@ServerTest
class ErrorPagesIT {

    @LocalServerPort
    int port;

    PortalHttpClient client;

    @BeforeEach
    void signIn() {
        client = new PortalHttpClient(port);
    }

    @Test
    void unknownPageGives404InsideTheLayout() {
        client.login("itstaff", "KonTum@2015");
        HttpResponse<String> page = client.get("/no-such-page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("Không tìm thấy trang")
                .contains("id=\"current-user-name\"")
                .doesNotContain("Exception")
                .doesNotContain("Whitelabel");
    }

    @Test
    void forbiddenPageGives403InsideTheLayout() {
        client.login("leader", "KonTum@2015");
        HttpResponse<String> page = client.get("/admin/audit?lang=en");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You may not open this page").doesNotContain("Exception");
    }

    @Test
    void badRequestNeverLeaksDetails() {
        client.login("itstaff", "KonTum@2015");
        HttpResponse<String> page = client.get("/plans/%25%00");

        assertThat(page.statusCode()).isBetween(400, 404);
        assertThat(page.body())
                .doesNotContain("Exception")
                .doesNotContain("at vn.itplan")
                .doesNotContain("Whitelabel");
    }
}
