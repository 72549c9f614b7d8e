package vn.itplan.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.itplan.support.PortalHttpClient;

/**
 * Boots the default profile, exactly what {@code ./mvnw spring-boot:run} runs (H2 in PostgreSQL mode,
 * the migrations and the demo data), only in memory instead of ./data, and signs in.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class DefaultProfileSmokeIT {

    @LocalServerPort
    int port;

    @Test
    void theDefaultProfileStartsAndTheDemoAdminSignsIn() {
        PortalHttpClient client = new PortalHttpClient(port);
        HttpResponse<String> landing = client.login("admin", "KonTum@2015");

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.uri().getPath()).isEqualTo("/plans");
        assertThat(landing.body()).contains("Quản trị hệ thống").contains("Đăng xuất");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        HttpResponse<String> page = new PortalHttpClient(port).login("admin", "not-the-password");

        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.body()).contains("Sai tên đăng nhập hoặc mật khẩu.").contains("value=\"admin\"");
    }
}
