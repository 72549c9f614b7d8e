package vn.itplan.legal;

import java.util.Arrays;
import org.springframework.validation.BindingResult;

/** A rule of the catalogue that a form breaks: the field, the message key of {@code i18n/legal}, its arguments. */
record FieldProblem(String field, String messageKey, Object... args) {

    void addTo(BindingResult result) {
        result.rejectValue(field, messageKey, args, messageKey);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldProblem p && p.field.equals(field) && p.messageKey.equals(messageKey)
                && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return (field.hashCode() * 31 + messageKey.hashCode()) * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + Arrays.toString(args);
    }
}
