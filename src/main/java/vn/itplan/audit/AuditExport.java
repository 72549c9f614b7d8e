package vn.itplan.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.itplan.web.XlsxText;

/**
 * The filtered trail as a spreadsheet (.xlsx), in the words of the page; text that a spreadsheet would take for a
 * formula stays text ({@link XlsxText}). The CSV is {@link vn.itplan.web.TableDownload#csv}.
 */
final class AuditExport {

    private AuditExport() {}

    static byte[] xlsx(List<String> header, List<List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Audit");
            XlsxText text = new XlsxText(workbook);
            write(sheet.createRow(0), header, text);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i), text);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, XlsxText text) {
        for (int i = 0; i < cells.size(); i++) {
            text.set(row.createCell(i), cells.get(i));
        }
    }
}
