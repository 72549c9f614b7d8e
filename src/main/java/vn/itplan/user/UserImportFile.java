package vn.itplan.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.itplan.web.SearchText;

/**
 * Reads the rows of a unit administrators file: CSV (UTF-8 with or without BOM, comma or semicolon, quotes as in
 * RFC 4180) or .xlsx (the first sheet). The first row names the columns (English or Vietnamese, in any order); blank
 * rows are skipped. A file that cannot be used at all raises {@link BadFile} with a message key.
 */
final class UserImportFile {

    /** At most this many rows in one file (10,000 or more are refused). */
    static final int MAX_ROWS = 9_999;

    static final String USERNAME = "username";
    static final String FULL_NAME = "full name";
    static final String EMAIL = "e-mail";
    static final String UNIT_CODE = "unit code";

    /** Header names, folded (no diacritics, no spaces or punctuation), to the column they name. */
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("username", USERNAME),
            Map.entry("tendangnhap", USERNAME),
            Map.entry("fullname", FULL_NAME),
            Map.entry("name", FULL_NAME),
            Map.entry("hoten", FULL_NAME),
            Map.entry("hovaten", FULL_NAME),
            Map.entry("email", EMAIL),
            Map.entry("thudientu", EMAIL),
            Map.entry("unitcode", UNIT_CODE),
            Map.entry("unit", UNIT_CODE),
            Map.entry("madonvi", UNIT_CODE));

    private UserImportFile() {}

    /** One line of the file: its line (or row) number and the four values, trimmed. */
    record Line(int number, String username, String fullName, String email, String unitCode) {}

    /** A file that cannot be imported at all; {@code messageKey} says why. */
    static final class BadFile extends Exception {
        final String messageKey;
        final transient Object[] args;

        BadFile(String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.args = args;
        }
    }

    static List<Line> read(String filename, byte[] content) throws BadFile {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        List<List<String>> table;
        if (name.endsWith(".xlsx")) {
            table = readXlsx(content);
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            table = readCsv(content);
        } else {
            throw new BadFile("users.import.file.type");
        }
        int header = 0;
        while (header < table.size() && blank(table.get(header))) {
            header++;
        }
        if (header == table.size()) {
            throw new BadFile("users.import.file.empty");
        }
        Map<String, Integer> columns = columns(table.get(header));
        List<Line> lines = new ArrayList<>();
        for (int i = header + 1; i < table.size(); i++) {
            List<String> row = table.get(i);
            if (blank(row)) {
                continue;
            }
            if (lines.size() == MAX_ROWS) {
                throw new BadFile("users.import.file.tooMany", MAX_ROWS);
            }
            lines.add(new Line(
                    i + 1,
                    cell(row, columns.get(USERNAME)),
                    cell(row, columns.get(FULL_NAME)),
                    cell(row, columns.get(EMAIL)),
                    cell(row, columns.get(UNIT_CODE))));
        }
        if (lines.isEmpty()) {
            throw new BadFile("users.import.file.empty");
        }
        return lines;
    }

    private static Map<String, Integer> columns(List<String> header) throws BadFile {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = SearchText.fold(header.get(i)).replaceAll("[^a-z0-9]", "");
            String column = HEADERS.get(key);
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String column : List.of(USERNAME, FULL_NAME, EMAIL, UNIT_CODE)) {
            if (!columns.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new BadFile("users.import.file.columns", String.join(", ", missing));
        }
        return columns;
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() && row.get(index) != null ? row.get(index).strip() : "";
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(v -> v == null || v.isBlank());
    }

    // ---- CSV --------------------------------------------------------------------------------------------------

    static List<List<String>> readCsv(byte[] content) throws BadFile {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadFile("users.import.file.unreadable");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadFile("users.import.file.unreadable");
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
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
            } else if (c == delimiter) {
                row.add(value.toString());
                value.setLength(0);
            } else if (c == '\n') {
                row.add(value.toString());
                value.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > 2 * MAX_ROWS) {
                    throw new BadFile("users.import.file.tooMany", MAX_ROWS);
                }
            } else if (c != '\r') {
                value.append(c);
            }
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

    static List<List<String>> readXlsx(byte[] content) throws BadFile {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new BadFile("users.import.file.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > 2 * MAX_ROWS) {
                throw new BadFile("users.import.file.tooMany", MAX_ROWS);
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        values.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                rows.add(values);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new BadFile("users.import.file.unreadable");
        }
    }
}
