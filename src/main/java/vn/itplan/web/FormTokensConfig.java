package vn.itplan.web;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link FormTokens} in front of every handler (it acts only on POSTs that carry a token). */
@RequiredArgsConstructor
@Configuration
class FormTokensConfig implements WebMvcConfigurer {

    private final FormTokens tokens;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(tokens);
    }
}
