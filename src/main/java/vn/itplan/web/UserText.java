package vn.itplan.web;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What every text from a user goes through before a service sees it (the web binder does it for forms and query
 * parameters; an import or an API must call {@link #clean} itself): control characters other than tab and line
 * breaks are dropped (PostgreSQL cannot store NUL), and the text is put in Unicode NFC, so that "Đắk Hà" typed
 * with combining marks is the same key as the precomposed one. Nothing else changes (no trimming).
 */
public final class UserText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

    private UserText() {}

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String visible = CONTROL.matcher(text).replaceAll("");
        return Normalizer.isNormalized(visible, Normalizer.Form.NFC)
                ? visible
                : Normalizer.normalize(visible, Normalizer.Form.NFC);
    }
}
