package vn.itplan.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one CSV writer: RFC 4180 (comma, CRLF, a field quoted when it holds a comma, a quote or a line break, quotes
 * doubled). Downloads ({@link #csv}) are UTF-8 with a byte-order mark, for Excel, and every cell goes through
 * {@link SpreadsheetText#safe}; {@link #csvText} writes the values exactly, for text the portal reads back itself
 * ({@link TableUpload#parseCsv}).
 */
public final class TableDownload {

    private static final String BOM = "\uFEFF";

    private TableDownload() {}

    /** A CSV file to download: byte-order mark, the header, the rows; formula-safe cells. */
    public static byte[] csv(List<String> header, List<? extends List<String>> rows) {
        StringBuilder text = new StringBuilder(BOM);
        line(text, header, true);
        rows.forEach(row -> line(text, row, true));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The rows as CSV text, values unchanged ({@code null} as empty), no byte-order mark. */
    public static String csvText(List<? extends List<String>> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> line(text, row, false));
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells, boolean safe) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            String value = cells.get(i);
            text.append(field(safe ? SpreadsheetText.safe(value) : value == null ? "" : value));
        }
        text.append("\r\n");
    }

    /** One RFC 4180 field, quoted when needed. */
    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
