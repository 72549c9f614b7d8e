package vn.itplan.web;

import java.beans.PropertyEditorSupport;
import java.util.function.UnaryOperator;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a user sends goes through {@link UserText#clean}. A form's text fields are also trimmed, blank as null
 * ({@link UserText#stripToNull}), except those marked {@link ExactText}; a query parameter or a path variable bound on
 * its own is only cleaned (its handler reads blank as it likes, e.g. through a default value).
 */
@ControllerAdvice
class InputCleaningAdvice {

    @InitBinder
    void cleanText(WebDataBinder binder) {
        Class<?> form = formClass(binder);
        if (form == null) {
            binder.registerCustomEditor(String.class, new TextEditor(UserText::clean));
            return;
        }
        binder.registerCustomEditor(String.class, new TextEditor(text -> UserText.stripToNull(UserText.clean(text))));
        ReflectionUtils.doWithFields(
                form,
                field -> binder.registerCustomEditor(String.class, field.getName(), new TextEditor(UserText::clean)),
                field -> field.isAnnotationPresent(ExactText.class));
    }

    /** The form being bound (a model attribute; before a form built through its constructor exists, its type). */
    private static Class<?> formClass(WebDataBinder binder) {
        if (binder.getTarget() != null) {
            return binder.getTarget().getClass();
        }
        return binder.getTargetType() == null ? null : binder.getTargetType().resolve();
    }

    private static final class TextEditor extends PropertyEditorSupport {

        private final UnaryOperator<String> cleaning;

        TextEditor(UnaryOperator<String> cleaning) {
            this.cleaning = cleaning;
        }

        @Override
        public void setAsText(String text) {
            setValue(cleaning.apply(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
