package vn.itplan.web;

/**
 * The one rule for text written into a spreadsheet (CSV or .xlsx): text that a spreadsheet would take for a
 * formula (beginning with = + - @, a tab or a carriage return) is neutralised. CSV cells get a leading
 * apostrophe ({@link #safe}); .xlsx cells keep the text and get Excel's quote prefix ({@link XlsxText}).
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {}

    /** Whether a spreadsheet could evaluate this text as a formula. */
    public static boolean startsLikeAFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text that no spreadsheet evaluates as a formula ({@code null} as empty). */
    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        return startsLikeAFormula(text) ? "'" + text : text;
    }
}
