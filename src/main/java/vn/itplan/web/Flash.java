package vn.itplan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one message carried across a post/redirect/get, as the model attribute {@value #ATTRIBUTE}, rendered once by
 * {@code layout.html}. Arguments are kept as text so that the message survives a session stored in the database.
 */
public record Flash(Kind kind, String messageKey, String... args) implements Serializable {

    public static final String ATTRIBUTE = "flash";

    public enum Kind {
        SUCCESS,
        ERROR
    }

    public Flash {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(messageKey);
    }

    public static void success(RedirectAttributes redirect, String messageKey, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash(Kind.SUCCESS, messageKey, texts(args)));
    }

    public static void error(RedirectAttributes redirect, String messageKey, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash(Kind.ERROR, messageKey, texts(args)));
    }

    /** An error message for a page rendered without a redirect (e.g. a 409 that shows the page again). */
    public static void error(Model model, String messageKey, Object... args) {
        model.addAttribute(ATTRIBUTE, errorMessage(messageKey, args));
    }

    /** An error message to put in a flash map by hand (a filter, before Spring MVC). */
    public static Flash errorMessage(String messageKey, Object... args) {
        return new Flash(Kind.ERROR, messageKey, texts(args));
    }

    /** For exception handlers and filters, which have no {@link RedirectAttributes}. */
    public static void error(HttpServletRequest request, String messageKey, Object... args) {
        RequestContextUtils.getOutputFlashMap(request).put(ATTRIBUTE, new Flash(Kind.ERROR, messageKey, texts(args)));
    }

    public boolean isError() {
        return kind == Kind.ERROR;
    }

    private static String[] texts(Object... args) {
        return Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toArray(String[]::new);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Flash f
                && f.kind == kind
                && f.messageKey.equals(messageKey)
                && Arrays.equals(f.args, args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, messageKey) * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return kind + " " + messageKey + Arrays.toString(args);
    }
}
