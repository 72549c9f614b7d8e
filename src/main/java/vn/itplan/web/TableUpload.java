package vn.itplan.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one reader of uploaded tables: CSV (UTF-8 with or without a byte-order mark, comma or semicolon, quotes as
 * in RFC 4180, so a quoted field may hold commas, quotes and line breaks) or .xlsx (the first sheet; numbers as
 * Excel shows them, dates as ISO dates). The first non-blank row is the header; blank rows are skipped. A file
 * that cannot be used at all raises {@link BadFile}, whose {@link Reason} the feature turns into its message.
 */
public final class TableUpload {

    /** Columns read from a spreadsheet row at most. */
    static final int MAX_COLUMNS = 100;

    private TableUpload() {}

    /** Why a file cannot be used at all. */
    public enum Reason {
        /** Neither CSV (.csv, .txt) nor .xlsx. */
        TYPE,
        /** Not UTF-8 text, an unclosed quote, a damaged or password-protected workbook. */
        UNREADABLE,
        /** No non-blank row. */
        EMPTY,
        /** More data rows than allowed. */
        TOO_MANY
    }

    /** A file that cannot be used; for {@link Reason#TOO_MANY}, {@code rows} is how many it has (at least). */
    public static final class BadFile extends Exception {
        private final Reason reason;
        private final int rows;
        private final int maxRows;

        BadFile(Reason reason, int rows, int maxRows) {
            super(reason.name(), null, false, false);
            this.reason = reason;
            this.rows = rows;
            this.maxRows = maxRows;
        }

        BadFile(Reason reason) {
            this(reason, 0, 0);
        }

        public Reason reason() {
            return reason;
        }

        public int rows() {
            return rows;
        }

        public int maxRows() {
            return maxRows;
        }
    }

    /** One data row: its line (row number in the file, 1-based; a CSV record counts as one) and its cells. */
    public record Line(int number, List<String> cells) {
        /** The cell at {@code index}, trimmed; empty when missing (or {@code index} is null). */
        public String cell(Integer index) {
            return index != null && index < cells.size() && cells.get(index) != null
                    ? cells.get(index).strip()
                    : "";
        }
    }

    /** The header and the non-blank data rows. */
    public record Table(List<String> header, List<Line> lines) {
        /**
         * The columns of the header, by name: {@code aliases} maps header names (compared {@link #normalise
         * normalised}) to column names; the first header naming a column wins.
         */
        public Map<String, Integer> columns(Map<String, String> aliases) {
            Map<String, String> byKey = new HashMap<>();
            aliases.forEach((alias, column) -> byKey.put(normalise(alias), column));
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String column = byKey.get(normalise(header.get(i)));
                if (column != null) {
                    columns.putIfAbsent(column, i);
                }
            }
            return columns;
        }
    }

    /**
     * Header aliases for {@link Table#columns} from each column's names: {@code Map.of("code", List.of("code", "mã"))}
     * gives {@code {"code" → "code", "mã" → "code"}}.
     */
    public static Map<String, String> aliases(Map<String, List<String>> namesByColumn) {
        Map<String, String> aliases = new HashMap<>();
        namesByColumn.forEach((column, names) -> names.forEach(name -> aliases.put(name, column)));
        return Map.copyOf(aliases);
    }

    /** A header name folded: no diacritics, lower case, letters and digits only ("Mã đơn vị" → "madonvi"). */
    public static String normalise(String name) {
        return SearchText.fold(name).replaceAll("[^a-z0-9]", "");
    }

    /** The table of an uploaded file: .xlsx by its name or content, CSV by its name (.csv, .txt) or none. */
    public static Table read(String filename, byte[] content, int maxRows) throws BadFile {
        String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
        byte[] bytes = content == null ? new byte[0] : content;
        if (name.endsWith(".xlsx") || isZip(bytes)) {
            return table(xlsx(bytes, maxRows, null, null), maxRows);
        }
        if (name.isEmpty() || name.endsWith(".csv") || name.endsWith(".txt")) {
            return table(csv(bytes), maxRows);
        }
        throw new BadFile(Reason.TYPE);
    }

    /**
     * What a workbook holds besides its values, for imports that refuse it: cells with formulas (their values would
     * be whatever the file last cached) and merged cells (a value that seems to span rows), by their A1 references.
     * Always empty for CSV.
     */
    public record Checked(Table table, List<String> formulaCells, List<String> mergedCells) {}

    /** As {@link #read}, and the formulas and merged cells of a workbook ({@link Checked}). */
    public static Checked readChecked(String filename, byte[] content, int maxRows) throws BadFile {
        String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
        byte[] bytes = content == null ? new byte[0] : content;
        if (name.endsWith(".xlsx") || isZip(bytes)) {
            List<String> formulas = new ArrayList<>();
            List<String> merged = new ArrayList<>();
            Table table = table(xlsx(bytes, maxRows, formulas, merged), maxRows);
            return new Checked(table, List.copyOf(formulas), List.copyOf(merged));
        }
        return new Checked(read(filename, content, maxRows), List.of(), List.of());
    }

    /** The table of CSV text (as {@link TableDownload#csvText} writes it). */
    public static Table parseCsv(String text, int maxRows) throws BadFile {
        return table(records(text == null ? "" : text), maxRows);
    }

    private static Table table(List<List<String>> rows, int maxRows) throws BadFile {
        int header = 0;
        while (header < rows.size() && blank(rows.get(header))) {
            header++;
        }
        if (header == rows.size()) {
            throw new BadFile(Reason.EMPTY);
        }
        List<Line> lines = new ArrayList<>();
        int count = 0;
        for (int i = header + 1; i < rows.size(); i++) {
            if (blank(rows.get(i))) {
                continue;
            }
            count++;
            if (count <= maxRows) {
                lines.add(new Line(i + 1, rows.get(i)));
            }
        }
        if (count > maxRows) {
            throw new BadFile(Reason.TOO_MANY, count, maxRows);
        }
        return new Table(rows.get(header), List.copyOf(lines));
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(v -> v == null || v.isBlank());
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    // ---- CSV --------------------------------------------------------------------------------------------------

    private static List<List<String>> csv(byte[] content) throws BadFile {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadFile(Reason.UNREADABLE);
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadFile(Reason.UNREADABLE);
        }
        return records(text);
    }

    /** RFC 4180 records; the separator is the one (; or ,) the first line has more of. */
    private static List<List<String>> records(String text) throws BadFile {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"' && value.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                row.add(value.toString());
                value.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(value.toString());
                value.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw new BadFile(Reason.UNREADABLE);
        }
        if (!value.isEmpty() || !row.isEmpty()) {
            row.add(value.toString());
            rows.add(row);
        }
        return rows;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    // ---- xlsx -------------------------------------------------------------------------------------------------

    private static List<List<String>> xlsx(byte[] content, int maxRows, List<String> formulas, List<String> merged)
            throws BadFile {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new BadFile(Reason.EMPTY);
            }
            Sheet sheet = workbook.getSheetAt(0);
            int nonEmpty = sheet.getPhysicalNumberOfRows();
            if (nonEmpty > 2 * maxRows + 10) {
                throw new BadFile(Reason.TOO_MANY, nonEmpty - 1, maxRows);
            }
            if (merged != null) {
                sheet.getMergedRegions().forEach(region -> merged.add(region.formatAsString()));
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    rows.add(List.of());
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (int c = 0; c < Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS); c++) {
                    Cell cell = row.getCell(c);
                    if (formulas != null && cell != null && cell.getCellType() == CellType.FORMULA) {
                        formulas.add(cell.getAddress().formatAsString());
                    }
                    values.add(text(cell, formatter));
                }
                rows.add(values);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new BadFile(Reason.UNREADABLE);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }
}
