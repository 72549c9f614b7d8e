package vn.itplan.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The message bundles: {@code messages} for the shared words and one bundle per feature under
 * {@code i18n/} (units.properties + units_vi.properties, ...), found by scanning, so that a feature
 * adds its words without touching a shared list. English is the base file, Vietnamese the default locale.
 */
@Configuration
class MessageSourceConfig {

    static final String FEATURE_BUNDLES = "classpath*:i18n/*.properties";

    @Bean
    MessageSource messageSource() throws IOException {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** Bean Validation messages ({@code {unit.code.invalid}}) come from the same bundles. */
    @Bean
    LocalValidatorFactoryBean validator(MessageSource messageSource) {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messageSource);
        return validator;
    }

    static List<String> basenames() throws IOException {
        List<String> names = new ArrayList<>(List.of("messages"));
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(FEATURE_BUNDLES)) {
            String file = resource.getFilename();
            if (file != null && !file.contains("_")) {
                names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
            }
        }
        return names;
    }
}
