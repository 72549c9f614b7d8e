package vn.itplan.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Language (Vietnamese by default, English on {@code ?lang=en}, remembered in a cookie), input formats and the static
 * files.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final String LANGUAGE_PARAM = "lang";

    private static final CacheControl A_YEAR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    /**
     * The static files, each pattern from its own location (spring.web.resources.add-mappings=false turns off Boot's
     * {@code /**}). Every link a page builds goes through the resource chain, which looks for a file under each
     * pattern the link matches: under {@code /**} that was a classpath lookup inside the jar for every link of every
     * page (about a sixth of a page's CPU time).
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        StaticAssets.LOCATIONS.forEach((pattern, location) -> {
            var chain = registry.addResourceHandler(pattern)
                    .addResourceLocations(location)
                    .setCacheControl(A_YEAR)
                    .resourceChain(true);
            if (List.of(StaticAssets.VERSIONED).contains(pattern)) {
                chain.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
            }
        });
    }

    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLocaleResolver();
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new InputFormats.DateFormatter());
        registry.addFormatterForFieldType(Integer.class, NumberInput.INTEGER);
        registry.addFormatterForFieldType(Long.class, NumberInput.LONG);
        registry.addFormatterForFieldType(java.math.BigDecimal.class, NumberInput.DECIMAL);
        registry.addFormatterForFieldAnnotation(new MoneyFormatterFactory());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(LANGUAGE_PARAM);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** Accepts only the languages we have bundles for; anything else falls back to Vietnamese. */
    static class SupportedLocaleResolver extends org.springframework.web.servlet.i18n.CookieLocaleResolver {

        static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

        SupportedLocaleResolver() {
            super("itplan-lang");
            setDefaultLocale(VIETNAMESE);
            setCookieMaxAge(Duration.ofDays(365));
            setCookieHttpOnly(true);
        }

        @Override
        public void setLocale(
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                Locale locale) {
            super.setLocale(request, response, supported(locale));
        }

        static Locale supported(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
        }
    }
}
