package vn.itplan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

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

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /**
     * A list as a one-sheet .xlsx (header in bold, frozen; every cell text through {@link XlsxText}), streamed by
     * POI so that a long list stays small in memory.
     */
    public static byte[] xlsx(String sheetName, List<String> header, List<? extends List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            XlsxText text = new XlsxText(workbook);
            Font bold = workbook.createFont();
            bold.setBold(true);
            org.apache.poi.ss.usermodel.CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellStyle(headerStyle);
                text.set(first.getCell(i), header.get(i));
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    text.set(row.createCell(i), cells.get(i));
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list export's header: its columns' message keys in the user's language. */
    public static List<String> header(MessageSource messages, Locale locale, String... keys) {
        return Arrays.stream(keys)
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
    }

    /**
     * The one export action of a list page: {@code format} "xlsx" or "csv" (anything else is 404), the file named
     * {@code baseName.format}.
     */
    public static ResponseEntity<byte[]> download(
            String baseName, String format, String sheetName, List<String> header, List<? extends List<String>> rows) {
        boolean xlsx = "xlsx".equals(format);
        if (!xlsx && !"csv".equals(format)) {
            throw new NotFoundException("export format", format);
        }
        byte[] content = xlsx ? xlsx(sheetName, header, rows) : csv(header, rows);
        return file(baseName + "." + format, xlsx ? XLSX : CSV, content);
    }

    /** A file to download, as an attachment (the name may hold Vietnamese letters: RFC 5987 encoding). */
    public static ResponseEntity<byte[]> file(String filename, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }

    /** What the cells of a template's column accept: Excel's data validation ({@code min}/{@code max} may be null). */
    public record Accepts(Kind kind, java.math.BigDecimal min, java.math.BigDecimal max, List<String> choices) {

        public enum Kind {
            TEXT,
            WHOLE,
            DECIMAL,
            DATE,
            LIST
        }

        public static final Accepts TEXT = new Accepts(Kind.TEXT, null, null, List.of());
    }

    /** A column of a template: its header, the note on the header cell (unit, range, help), what it accepts. */
    public record Column(String header, String note, Accepts accepts) {}

    /**
     * A template to fill in (one sheet): the header in bold with a note on each header cell, frozen; the rows given
     * (a number as a number, a {@link java.time.LocalDate} as a date dd/mm/yyyy, anything else as text through
     * {@link XlsxText}); then {@code blankRows} empty rows; every data cell of a column validated as it
     * {@link Accepts}, with an error message box {@code invalidTitle}.
     */
    public static byte[] template(
            String sheetName, List<Column> columns, List<? extends List<?>> rows, int blankRows, String invalidTitle) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = workbook.createSheet(sheetName);
            XlsxText text = new XlsxText(workbook);
            Font bold = workbook.createFont();
            bold.setBold(true);
            org.apache.poi.ss.usermodel.CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setWrapText(true);
            org.apache.poi.ss.usermodel.CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            org.apache.poi.ss.usermodel.Drawing<?> drawing = sheet.createDrawingPatriarch();
            org.apache.poi.ss.usermodel.CreationHelper factory = workbook.getCreationHelper();
            Row first = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                org.apache.poi.ss.usermodel.Cell cell = first.createCell(i);
                cell.setCellStyle(headerStyle);
                text.set(cell, columns.get(i).header());
                sheet.setColumnWidth(i, 18 * 256);
                String note = columns.get(i).note();
                if (note != null && !note.isBlank()) {
                    org.apache.poi.ss.usermodel.ClientAnchor anchor = factory.createClientAnchor();
                    anchor.setCol1(i);
                    anchor.setCol2(i + 3);
                    anchor.setRow1(0);
                    anchor.setRow2(4);
                    org.apache.poi.ss.usermodel.Comment comment = drawing.createCellComment(anchor);
                    comment.setString(factory.createRichTextString(note));
                    cell.setCellComment(comment);
                }
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<?> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof java.time.LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value != null) {
                        text.set(cell, value.toString());
                    }
                }
            }
            int lastRow = Math.max(1, rows.size() + blankRows);
            org.apache.poi.ss.usermodel.DataValidationHelper helper = sheet.getDataValidationHelper();
            for (int i = 0; i < columns.size(); i++) {
                org.apache.poi.ss.usermodel.DataValidationConstraint constraint =
                        constraint(helper, columns.get(i).accepts());
                if (constraint == null) {
                    continue;
                }
                org.apache.poi.ss.usermodel.DataValidation validation = helper.createValidation(
                        constraint, new org.apache.poi.ss.util.CellRangeAddressList(1, lastRow, i, i));
                validation.setShowErrorBox(true);
                validation.createErrorBox(
                        invalidTitle,
                        columns.get(i).note() == null ? "" : columns.get(i).note());
                validation.setEmptyCellAllowed(true);
                sheet.addValidationData(validation);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.apache.poi.ss.usermodel.DataValidationConstraint constraint(
            org.apache.poi.ss.usermodel.DataValidationHelper helper, Accepts accepts) {
        int between = org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType.BETWEEN;
        String min = accepts.min() == null ? "-1E+15" : accepts.min().toPlainString();
        String max = accepts.max() == null ? "1E+15" : accepts.max().toPlainString();
        return switch (accepts.kind()) {
            case TEXT -> null;
            case WHOLE -> helper.createIntegerConstraint(between, min, max);
            case DECIMAL -> helper.createDecimalConstraint(between, min, max);
            case DATE -> helper.createDateConstraint(between, "DATE(1990,1,1)", "DATE(2100,12,31)", null);
            case LIST -> helper.createExplicitListConstraint(accepts.choices().toArray(String[]::new));
        };
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
