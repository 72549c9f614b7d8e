package vn.itplan.web;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for searching: lower case, no diacritics, đ → d, single spaces, so that
 * "quyet dinh 1605" finds "Quyết định 1605/QĐ-TTg". Stored search columns hold folded text.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String withoutD = text.replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(withoutD, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * The text of a list's search box as it is searched and shown again: on one line, without the white space around
     * it, cut to {@code maxLength} characters (absurd input is cut down to size; the words beyond are dropped); null
     * when blank.
     */
    public static String query(String typed, int maxLength) {
        String text = UserText.stripToNull(UserText.oneLine(typed));
        return text == null || text.length() <= maxLength
                ? text
                : text.substring(0, maxLength).strip();
    }

    /** The folded words of a query, each to be found somewhere in the folded text. */
    public static List<String> terms(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** A LIKE pattern for one term, with LIKE's wildcards escaped by '\'. */
    public static String containsPattern(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
