package vn.itplan.ops;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * With a management port of its own ({@code ITPLAN_MANAGEMENT_PORT}), the actuator endpoints (health with details,
 * Prometheus metrics) answer there without signing in: that port is meant for the monitoring network only and is
 * never published through the load balancer. On the portal's own port they stay for administrators
 * ({@code security.SecurityConfig}), and {@code /actuator/health} stays public without details.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class ManagementPortSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain managementPortChain(HttpSecurity http, ManagementServerProperties management) throws Exception {
        Integer port = management.getPort();
        http.securityMatcher(request -> port != null && port > 0 && request.getLocalPort() == port)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
