package vn.itplan.user;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.itplan.web.StaticAssets;

/** Registers {@link PasswordChangeInterceptor} for every page but static assets and the error page. */
@RequiredArgsConstructor
@Configuration
class PasswordChangeConfig implements WebMvcConfigurer {

    private final UserService users;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PasswordChangeInterceptor(users))
                .excludePathPatterns(StaticAssets.PATHS)
                .excludePathPatterns("/error", "/login", "/logout", "/actuator/**");
    }
}
