package vn.itplan.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The filtered trail as a spreadsheet (.xlsx) or CSV (UTF-8 with a byte-order mark, for Excel), in the words
 * of the page. Text that a spreadsheet would take for a formula (beginning with = + - @, a tab or a carriage
 * return) is written with a leading apostrophe.
 */
final class AuditExport {

    private AuditExport() {}

    static byte[] xlsx(List<String> header, List<List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Audit");
            write(sheet.createRow(0), header);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(safe(cells.get(i)));
        }
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder("\uFEFF");
        line(text, header);
        rows.forEach(row -> line(text, row));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append('"').append(safe(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        text.append("\r\n");
    }

    /** A cell's text that no spreadsheet evaluates as a formula. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
