package vn.itplan.web;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a user sends (form fields and query parameters) loses its control characters except tab and line
 * breaks: a NUL byte cannot be stored by PostgreSQL and would otherwise end in an error page. Nothing else is
 * changed (no trimming, an empty text stays empty).
 */
@ControllerAdvice
class InputCleaningAdvice {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

    @InitBinder
    void cleanText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(clean(text));
            }

            @Override
            public String getAsText() {
                Object value = getValue();
                return value == null ? "" : value.toString();
            }
        });
    }

    static String clean(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }
}
