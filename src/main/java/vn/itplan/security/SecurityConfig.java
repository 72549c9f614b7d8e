package vn.itplan.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach which route: the first gate (src/docs/architecture.md, "Authorisation"). Role rules on service
 * methods ({@link StaffOnly}, {@link AdminOnly}) come second; finer rules (a unit admin's own unit, a leader's
 * read-only view) are decided in the services from {@link CurrentUser}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    private static final String ADMIN = "ADMIN";
    private static final String IT_STAFF = "IT_STAFF";
    private static final String UNIT_ADMIN = "UNIT_ADMIN";
    private static final String LEADER = "LEADER";

    /** Spring Session's cookie (sessions are in the database, see V17_0_1). */
    static final String SESSION_COOKIE = "SESSION";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInGuard signIns) throws Exception {
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(
                                "/login",
                                "/error",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/admin/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/dashboard/**", "/figures/**")
                        .hasAnyRole(LEADER, IT_STAFF, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/plans/*/rollup")
                        .hasAnyRole(IT_STAFF, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/plans", "/plans/**")
                        .hasAnyRole(IT_STAFF, ADMIN, LEADER)
                        .requestMatchers("/plans/**")
                        .hasAnyRole(IT_STAFF, ADMIN)
                        .requestMatchers("/units/*/profile")
                        .authenticated()
                        .requestMatchers(
                                "/units/**", "/legal-bases/**", "/periods/**", "/indicators/**", "/report-fields/**")
                        .hasAnyRole(IT_STAFF, ADMIN)
                        .requestMatchers("/reports/**")
                        .hasAnyRole(IT_STAFF, ADMIN, UNIT_ADMIN, LEADER)
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new LoginSuccessHandler(signIns))
                        .failureHandler(new LoginFailureHandler(signIns))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies(SESSION_COOKIE)
                        .permitAll())
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                                + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // Throttle and control characters, before the form is read (SignInThrottleFilter).
        http.addFilterBefore(new SignInThrottleFilter(signIns), UsernamePasswordAuthenticationFilter.class);
        // HSTS: Spring Security's default writer, which writes the header on secure (HTTPS) requests only.
        return http.build();
    }
}
