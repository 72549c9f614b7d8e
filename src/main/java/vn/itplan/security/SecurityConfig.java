package vn.itplan.security;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.itplan.web.StaticAssets;

/**
 * Who may reach which route: the first gate (src/docs/architecture.md, "Authorisation"). Role rules on service
 * methods ({@link StaffOnly}, {@link AdminOnly}) come second; finer rules (a unit admin's own unit, a leader's
 * read-only view) are decided in the services from {@link CurrentUser}.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(PasswordSettings.class)
class SecurityConfig {

    private static final String ADMIN = "ADMIN";
    private static final String IT_STAFF = "IT_STAFF";
    private static final String UNIT_ADMIN = "UNIT_ADMIN";
    private static final String LEADER = "LEADER";

    /** Spring Session's cookie (sessions are in the database, see V17_0_1). */
    static final String SESSION_COOKIE = "SESSION";

    /**
     * New passwords as {@code {bcrypt}} at the configured strength ({@link PasswordSettings}); a stored hash of another
     * kind ({@code {noop}}, {@code {pbkdf2}}, …) is still checked by Spring Security's standard delegating encoder.
     */
    @Bean
    PasswordEncoder passwordEncoder(PasswordSettings settings) {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(
                "bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(settings.bcryptStrength())));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }

    /**
     * {@code /api/**}: a personal token ({@code Authorization: Bearer}, {@link ApiTokenFilter}) or the
     * browser session; a token request skips the CSRF check (no cookie speaks for it), a session request does not.
     * Refusals are problem details (401, 403), never a redirect to the sign-in page. Role rules as on the pages
     * ({@code /figures}, {@code /plans}: leaders and staff); rows are scoped in the services, as for the pages.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.GET, "/api/v1/plans", "/api/v1/plans/**", "/api/v1/periods/*/figures")
                        .hasAnyRole(LEADER, IT_STAFF, ADMIN)
                        .requestMatchers("/api/v1/periods/*/qcvn125/**")
                        .hasAnyRole(LEADER, IT_STAFF, ADMIN)
                        .anyRequest()
                        .authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::hasBearerToken))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint((request, response, e) -> ApiProblems.write(
                                        response, HttpStatus.UNAUTHORIZED, "security.api.unauthenticated", request))
                                .accessDeniedHandler((request, response, e) -> ApiProblems.write(
                                        response, HttpStatus.FORBIDDEN, "security.api.forbidden", request)))
                .addFilterAfter(new ApiTokenFilter(tokens), SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInGuard signIns) throws Exception {
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(StaticAssets.PATHS)
                        .permitAll()
                        .requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/admin/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/dashboard/**", "/figures/**")
                        .hasAnyRole(LEADER, IT_STAFF, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/plans/*/rollup")
                        .hasAnyRole(IT_STAFF, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/plans", "/plans/**")
                        .hasAnyRole(IT_STAFF, ADMIN, LEADER)
                        .requestMatchers(HttpMethod.POST, "/plans/*/sign-off")
                        .hasAnyRole(LEADER, ADMIN)
                        .requestMatchers("/plans/**")
                        .hasAnyRole(IT_STAFF, ADMIN)
                        .requestMatchers("/units/*/profile")
                        .authenticated()
                        .requestMatchers(
                                "/units/**", "/legal-bases/**", "/periods/**", "/indicators/**", "/report-fields/**")
                        .hasAnyRole(IT_STAFF, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/reports/export.*")
                        .hasAnyRole(IT_STAFF, ADMIN, LEADER)
                        .requestMatchers("/reports/values.*")
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
