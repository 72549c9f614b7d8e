package vn.itplan.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The one reader of uploaded tables: CSV (UTF-8 with or without a byte-order mark, comma or semicolon, quotes as
 * in RFC 4180, so a quoted field may hold commas, quotes and line breaks) or .xlsx (the first sheet; numbers as
 * Excel shows them, dates as ISO dates; read as a stream, so that a large workbook is refused or read without holding
 * it all in memory). The first non-blank row is the header; blank rows are skipped. A file that cannot be used at
 * all raises {@link BadFile}, whose {@link Reason} (and {@link Detail}) the feature turns into its message.
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

    /** What more is known of an {@link Reason#UNREADABLE} workbook, for a clearer message. */
    public enum Detail {
        NONE,
        /** An encrypted (password-protected) workbook, or an OLE2 container that cannot be opened. */
        PASSWORD,
        /** An old Excel (.xls) workbook. */
        OLD_EXCEL,
        /** Entries that unpack to far more than their size (a zip bomb). */
        ZIP_BOMB
    }

    /**
     * A file that cannot be used; for {@link Reason#TOO_MANY}, {@code rows} is how many data rows it has, or (when
     * reading stopped at the first row too many, {@link #rowsCounted()} false) how many were read.
     */
    public static final class BadFile extends Exception {
        private final Reason reason;
        private final int rows;
        private final int maxRows;
        private final boolean rowsCounted;
        private final Detail detail;

        BadFile(Reason reason, int rows, int maxRows, boolean rowsCounted, Detail detail) {
            super(reason.name(), null, false, false);
            this.reason = reason;
            this.rows = rows;
            this.maxRows = maxRows;
            this.rowsCounted = rowsCounted;
            this.detail = detail;
        }

        BadFile(Reason reason, int rows, int maxRows) {
            this(reason, rows, maxRows, true, Detail.NONE);
        }

        BadFile(Reason reason) {
            this(reason, 0, 0);
        }

        public boolean rowsCounted() {
            return rowsCounted;
        }

        public Detail detail() {
            return detail;
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
        if ((name.endsWith(".xlsx") || name.endsWith(".xls")) && isOle2(bytes)) {
            throw ole2(bytes);
        }
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
        if (name.endsWith(".xlsx") && !isOle2(bytes) || isZip(bytes)) {
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

    /** A row of a file with its number (1-based). */
    private record Numbered(int number, List<String> cells) {}

    private static Table table(List<Numbered> rows, int maxRows) throws BadFile {
        int header = 0;
        while (header < rows.size() && blank(rows.get(header).cells())) {
            header++;
        }
        if (header == rows.size()) {
            throw new BadFile(Reason.EMPTY);
        }
        List<Line> lines = new ArrayList<>();
        int count = 0;
        for (int i = header + 1; i < rows.size(); i++) {
            if (blank(rows.get(i).cells())) {
                continue;
            }
            count++;
            if (count <= maxRows) {
                lines.add(new Line(rows.get(i).number(), rows.get(i).cells()));
            }
        }
        if (count > maxRows) {
            throw new BadFile(Reason.TOO_MANY, count, maxRows);
        }
        return new Table(rows.get(header).cells(), List.copyOf(lines));
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(v -> v == null || v.isBlank());
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    // ---- CSV --------------------------------------------------------------------------------------------------

    private static List<Numbered> csv(byte[] content) throws BadFile {
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

    /** RFC 4180 records, numbered; the separator is the one (; or ,) the first line has more of. */
    private static List<Numbered> records(String text) throws BadFile {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        List<Numbered> rows = new ArrayList<>();
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
                rows.add(new Numbered(rows.size() + 1, row));
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
            rows.add(new Numbered(rows.size() + 1, row));
        }
        return rows;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    // ---- xlsx -------------------------------------------------------------------------------------------------

    /**
     * The rows of a workbook's first sheet, read as a stream (POI's SAX reader over the file's XML, from a temporary
     * file, so that only the rows kept are in memory): a sheet that says it is far too long (its dimension) is refused
     * before any row is read, and reading stops at the first row past {@code maxRows}. POI refuses entries that unpack
     * to far more than their size (a zip bomb).
     */
    private static List<Numbered> xlsx(byte[] content, int maxRows, List<String> formulas, List<String> merged)
            throws BadFile {
        Path file = null;
        try {
            file = Files.createTempFile("itplan-upload", ".xlsx");
            Files.write(file, content);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new BadFile(Reason.EMPTY);
                }
                SheetRows rows = new SheetRows(maxRows);
                SheetReader handler = new SheetReader(
                        reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg), rows, formulas, merged);
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(handler);
                    parser.parse(new InputSource(sheet));
                } catch (TooLong stop) {
                    throw new BadFile(Reason.TOO_MANY, stop.rows, maxRows, stop.counted, Detail.NONE);
                }
                return rows.rows;
            }
        } catch (BadFile e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw new BadFile(Reason.UNREADABLE, 0, 0, true, zipBomb(e) ? Detail.ZIP_BOMB : Detail.NONE);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    /** Whether POI refused the file for unpacking to far more than its size. */
    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** Thrown out of the SAX parse to stop reading a sheet that has too many rows. */
    private static final class TooLong extends RuntimeException {
        final int rows;
        final boolean counted;

        TooLong(int rows, boolean counted) {
            super(null, null, false, false);
            this.rows = rows;
            this.counted = counted;
        }
    }

    /** The rows of a sheet as they stream by, numbered; stops past the header and {@code maxRows} data rows. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        final int maxRows;
        final List<Numbered> rows = new ArrayList<>();
        List<String> row;
        int nonBlank;

        SheetRows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (blank(row)) {
                return;
            }
            nonBlank++;
            if (nonBlank > maxRows + 1) {
                throw new TooLong(nonBlank - 1, false);
            }
            rows.add(new Numbered(rowNum + 1, row));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? row.size() : column(reference);
            if (column >= MAX_COLUMNS) {
                return;
            }
            while (row.size() < column) {
                row.add("");
            }
            row.add(value == null ? "" : value);
        }
    }

    /**
     * POI's sheet reader, also noting formulas ({@code <f>}) and merged cells ({@code <mergeCell>}) by their A1
     * references, and refusing at once a sheet whose dimension says it is far longer than allowed.
     */
    private static final class SheetReader extends XSSFSheetXMLHandler {
        private final int maxRows;
        private final List<String> formulas;
        private final List<String> merged;
        private String cell;

        SheetReader(
                StylesTable styles,
                ReadOnlySharedStringsTable strings,
                SheetRows rows,
                List<String> formulas,
                List<String> merged) {
            super(styles, null, strings, rows, new IsoDates(), false);
            this.maxRows = rows.maxRows;
            this.formulas = formulas;
            this.merged = merged;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            switch (name) {
                case "dimension" -> {
                    String ref = attributes.getValue("ref");
                    if (ref != null && ref.contains(":")) {
                        CellRangeAddress range = CellRangeAddress.valueOf(ref);
                        int rows = range.getLastRow() - range.getFirstRow();
                        if (rows > 2 * maxRows + 10) {
                            throw new TooLong(rows, true);
                        }
                    }
                }
                case "c" -> cell = attributes.getValue("r");
                case "f" -> {
                    if (formulas != null && cell != null) {
                        formulas.add(cell);
                    }
                }
                case "mergeCell" -> {
                    if (merged != null && attributes.getValue("ref") != null) {
                        merged.add(attributes.getValue("ref"));
                    }
                }
                default -> {}
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /**
     * Numbers in the General format as their value to 15 significant digits (Excel's precision: "40", "10.5", "0.3"),
     * numbers in other formats as Excel shows them (POI's formatter, no locale), dates as ISO dates. Whether a format is
     * a date is decided once per format (POI's test is a regular expression, too slow for every cell).
     */
    private static final class IsoDates extends DataFormatter {
        private static final MathContext EXCEL = new MathContext(15);
        private final Map<String, Boolean> dateFormats = new HashMap<>();

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (formatString == null || formatIndex == 0 || "General".equalsIgnoreCase(formatString)) {
                return Double.isFinite(value)
                        ? new BigDecimal(value)
                                .round(EXCEL)
                                .stripTrailingZeros()
                                .toPlainString()
                        : String.valueOf(value);
            }
            boolean date = dateFormats.computeIfAbsent(
                    formatIndex + ":" + formatString, k -> DateUtil.isADateFormat(formatIndex, formatString));
            if (date && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** The column of an A1 reference ("AB12" → 27), from its letters. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return column - 1;
    }

    // ---- old formats ------------------------------------------------------------------------------------------

    private static boolean isOle2(byte[] content) {
        return content.length >= 8
                && (content[0] & 0xFF) == 0xD0
                && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11
                && (content[3] & 0xFF) == 0xE0;
    }

    /**
     * An OLE2 container named as a workbook: an encrypted (password-protected) .xlsx holds an "EncryptionInfo"
     * entry, an old Excel workbook a "Workbook" (or "Book") entry; one that cannot be opened counts as protected.
     */
    private static BadFile ole2(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntryCaseInsensitive("Workbook") || fs.getRoot().hasEntryCaseInsensitive("Book")) {
                return new BadFile(Reason.UNREADABLE, 0, 0, true, Detail.OLD_EXCEL);
            }
        } catch (IOException | RuntimeException e) {
            // not even a readable container: protected or damaged, as below
        }
        return new BadFile(Reason.UNREADABLE, 0, 0, true, Detail.PASSWORD);
    }
}
