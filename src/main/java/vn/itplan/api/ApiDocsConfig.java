package vn.itplan.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's title and its one security scheme: a personal token sent as a bearer token. */
@Configuration
class ApiDocsConfig {

    static final String TOKEN = "apiToken";

    @Bean
    OpenAPI apiDescription() {
        return new OpenAPI()
                .info(new Info()
                        .title("ITPlan Portal API")
                        .version("v1")
                        .description("Units, periods, unit status reports, plan and period figures, QCVN 125:2021"
                                + " data packages. Create a personal token on /account and send it as"
                                + " 'Authorization: Bearer <token>'. Errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(
                                TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token (itp_…) from /account")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
