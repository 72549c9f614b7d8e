package vn.itplan.web;

import java.util.Arrays;
import java.util.Objects;

/**
 * One thing wrong with what the user sent: next to {@code field} (a form property path), or about the form as a
 * whole when {@code field} is null; the text is {@code messageKey} of the bundles with {@code args}.
 */
public record Problem(String field, String messageKey, Object... args) {

    public static Problem field(String field, String messageKey, Object... args) {
        return new Problem(Objects.requireNonNull(field), messageKey, args);
    }

    public static Problem global(String messageKey, Object... args) {
        return new Problem(null, messageKey, args);
    }

    public boolean isGlobal() {
        return field == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Problem p
                && Objects.equals(p.field, field)
                && p.messageKey.equals(messageKey)
                && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, messageKey) * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return (field == null ? "*" : field) + ": " + messageKey + Arrays.toString(args);
    }
}
