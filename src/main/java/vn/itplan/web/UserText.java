package vn.itplan.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place that says what a control character is (Unicode category Cc: U+0000–U+001F and U+007F–U+009F) and
 * what happens to it in text from a user:
 *
 * <ul>
 *   <li>{@link #clean}: what every text from a user goes through before a service sees it (the web binder does it for
 *       forms and query parameters; an import or an API must call it itself): control characters other than tab and
 *       line breaks are dropped (PostgreSQL cannot store NUL), and the text is put in Unicode NFC, so that "Đắk Hà"
 *       typed with combining marks is the same key as the precomposed one. Nothing else changes (no trimming).
 *   <li>{@link #oneLine}: text that must stay on one line (a search, a log or audit line about a request): every
 *       control character, tab and line breaks included, becomes a space; NFC as well.
 *   <li>{@link #hasControlCharacters}: for input that is refused rather than cleaned (a user name at sign-in).
 * </ul>
 *
 * <p>The binder also trims a form's text fields, blank as null ({@link #stripToNull}), unless marked {@link ExactText};
 * a form upper-cases a code in its setter ({@link #code}).
 */
public final class UserText {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private UserText() {}

    /** Control characters other than tab and line breaks dropped, Unicode NFC; null stays null. */
    public static String clean(String text) {
        return text == null ? null : nfc(CONTROL_BUT_LINES.matcher(text).replaceAll(""));
    }

    /** Every control character (tab and line breaks included) as a space, Unicode NFC; null stays null. */
    public static String oneLine(String text) {
        return text == null ? null : nfc(CONTROL.matcher(text).replaceAll(" "));
    }

    /** What an optional text field keeps: the text without the white space around it, or null when blank. */
    public static String stripToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A code typed in a form (a unit's, an indicator's): trimmed and in capitals, or null when blank. */
    public static String code(String text) {
        return text == null || text.isBlank() ? null : text.trim().toUpperCase(Locale.ROOT);
    }

    /** Whether the text holds any control character (a NUL, a tab, a line break...). */
    public static boolean hasControlCharacters(String text) {
        return text != null && CONTROL.matcher(text).find();
    }

    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
