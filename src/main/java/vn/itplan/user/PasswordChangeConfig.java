package vn.itplan.user;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link PasswordChangeInterceptor} for every page but static assets and the error page. */
@RequiredArgsConstructor
@Configuration
class PasswordChangeConfig implements WebMvcConfigurer {

    private final UserService users;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PasswordChangeInterceptor(users))
                .excludePathPatterns(
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/images/**",
                        "/favicon.ico",
                        "/favicon.svg",
                        "/error",
                        "/login",
                        "/logout",
                        "/actuator/**");
    }
}
