package vn.itplan.unit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.Problem;
import vn.itplan.web.UserText;

/**
 * Onboarding: the unit tree from a CSV or .xlsx file (code, name, parent code, kind, valid from). {@link #read}
 * checks every row without writing (a parent may be defined by an earlier row of the same file);
 * {@link #importAll} creates all the units or none, in one transaction, through {@link UnitAdminService#create}
 * (each unit audited as UNIT_CREATED) and records UNITS_IMPORTED.
 */
@Service
class UnitImportService {

    static final int MAX_ROWS = 1000;
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final String ACTION = "UNITS_IMPORTED";
    static final List<String> COLUMNS = List.of("code", "name", "parent code", "kind", "valid from");

    /** Header aliases (lower case, "_" read as a space) → column. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("code", "code"),
            Map.entry("mã", "code"),
            Map.entry("mã đơn vị", "code"),
            Map.entry("name", "name"),
            Map.entry("tên", "name"),
            Map.entry("tên đơn vị", "name"),
            Map.entry("parent code", "parent code"),
            Map.entry("parent", "parent code"),
            Map.entry("mã đơn vị cấp trên", "parent code"),
            Map.entry("kind", "kind"),
            Map.entry("loại", "kind"),
            Map.entry("valid from", "valid from"),
            Map.entry("hiệu lực từ", "valid from"));

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    /** One row of the file as read, with its problems (message keys of the unit-import bundle). */
    record ImportRow(
            int line,
            String code,
            String name,
            String parentCode,
            String kind,
            String validFrom,
            List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The file read: a problem with the whole file (key + arguments), or its rows. */
    record Preview(String fileProblem, Object[] fileProblemArgs, List<ImportRow> rows) {
        public boolean ok() {
            return fileProblem == null && !rows.isEmpty() && rows.stream().allMatch(ImportRow::ok);
        }

        public long problemCount() {
            return rows.stream().mapToLong(r -> r.problems().size()).sum();
        }

        static Preview refused(String key, Object... args) {
            return new Preview(key, args, List.of());
        }
    }

    private final UnitAdminService admin;
    private final UnitService units;
    private final AuditService audit;
    private final DisplayFormat fmt;

    UnitImportService(UnitAdminService admin, UnitService units, AuditService audit, DisplayFormat fmt) {
        this.admin = admin;
        this.units = units;
        this.audit = audit;
        this.fmt = fmt;
    }

    /** The rows of an uploaded file with every problem on its row; writes nothing. */
    @StaffOnly
    @Transactional(readOnly = true)
    Preview read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return Preview.refused("unitImport.file.empty");
        }
        if (content.length > MAX_BYTES) {
            return Preview.refused("unitImport.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        List<List<String>> table;
        try {
            table = isXlsx(content) ? xlsx(content) : csv(content, fileName);
        } catch (NotReadable e) {
            return Preview.refused("unitImport.file.unreadable");
        }
        return check(table);
    }

    /** The rows again (as the preview carried them), then all the units or none. */
    @StaffOnly
    @Transactional
    int importAll(String csvText, CurrentUser user) {
        Preview preview;
        try {
            preview = check(parseCsv(csvText == null ? "" : csvText));
        } catch (NotReadable e) {
            preview = Preview.refused("unitImport.file.unreadable");
        }
        if (!preview.ok()) {
            throw InvalidInputException.global("unitImport.confirm.stale");
        }
        Map<String, Long> ids = new HashMap<>();
        units.findAll().forEach(u -> ids.put(u.getCode(), u.getId()));
        List<String> codes = new ArrayList<>();
        int order = 0;
        for (ImportRow row : preview.rows()) {
            UnitForm form = new UnitForm();
            form.setCode(row.code());
            form.setName(row.name());
            form.setKind(UnitKind.valueOf(row.kind()));
            form.setParentId(row.parentCode() == null ? null : ids.get(row.parentCode()));
            form.setValidFrom(row.validFrom() == null ? null : date(row.validFrom()));
            form.setSortOrder(Math.min(order += 10, 9999));
            admin.check(form, null).throwIfAny();
            Unit unit = admin.create(form, user);
            ids.put(unit.getCode(), unit.getId());
            codes.add(unit.getCode());
        }
        audit.record(user.username(), ACTION, UnitAdminService.ENTITY, null, String.join(", ", codes));
        return codes.size();
    }

    /** Every row checked against the units in the database and the rows above it. */
    private Preview check(List<List<String>> table) {
        if (table.isEmpty() || table.stream().allMatch(r -> r.stream().allMatch(String::isBlank))) {
            return Preview.refused("unitImport.file.empty");
        }
        List<String> header = table.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace('_', ' ');
            String column = ALIASES.get(name);
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        List<String> missing =
                COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return Preview.refused("unitImport.file.missingColumns", String.join(", ", missing));
        }
        List<List<String>> body = table.subList(1, table.size()).stream()
                .filter(r -> !r.stream().allMatch(String::isBlank))
                .toList();
        if (body.isEmpty()) {
            return Preview.refused("unitImport.file.noRows");
        }
        if (body.size() > MAX_ROWS) {
            return Preview.refused("unitImport.file.tooManyRows", body.size(), MAX_ROWS);
        }
        Set<String> existing = new HashSet<>();
        units.findAll().forEach(u -> existing.add(u.getCode()));
        boolean rootExists = !existing.isEmpty();
        Set<String> seen = new HashSet<>();
        List<ImportRow> rows = new ArrayList<>();
        int line = 1;
        for (List<String> cells : table.subList(1, table.size())) {
            line++;
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            String code = upper(cell(cells, columns.get("code")));
            String name = text(cell(cells, columns.get("name")));
            String parent = upper(cell(cells, columns.get("parent code")));
            String kind = upper(cell(cells, columns.get("kind")));
            String validFrom = text(cell(cells, columns.get("valid from")));
            List<Problem> problems = new ArrayList<>();
            if (code == null) {
                problems.add(Problem.field("code", "unitImport.code.required"));
            } else if (!code.matches(UnitForm.CODE_PATTERN)) {
                problems.add(Problem.field("code", "unitImport.code.invalid"));
            } else if (existing.contains(code)) {
                problems.add(Problem.field("code", "unitImport.code.exists"));
            } else if (seen.contains(code)) {
                problems.add(Problem.field("code", "unitImport.code.duplicate"));
            }
            if (name == null) {
                problems.add(Problem.field("name", "unitImport.name.required"));
            } else if (name.length() > 255) {
                problems.add(Problem.field("name", "unitImport.name.tooLong", 255));
            }
            if (parent == null) {
                if (rootExists) {
                    problems.add(Problem.field("parentCode", "unitImport.parent.required"));
                }
                rootExists = true;
            } else if (parent.equals(code)) {
                problems.add(Problem.field("parentCode", "unitImport.parent.self"));
            } else if (!existing.contains(parent) && !seen.contains(parent)) {
                problems.add(Problem.field("parentCode", "unitImport.parent.unknown", parent));
            }
            if (kind == null || !isKind(kind)) {
                problems.add(Problem.field("kind", "unitImport.kind.invalid", kindList()));
            }
            if (validFrom != null) {
                LocalDate date = date(validFrom);
                if (date == null) {
                    problems.add(Problem.field("validFrom", "unitImport.validFrom.invalid"));
                } else {
                    validFrom = fmt.date(date);
                }
            }
            if (code != null) {
                seen.add(code);
            }
            rows.add(new ImportRow(line, code, name, parent, kind, validFrom, List.copyOf(problems)));
        }
        return new Preview(null, null, rows);
    }

    /** The rows as CSV text, carried by the preview page to the confirmation. */
    static String asCsv(List<ImportRow> rows) {
        StringBuilder text = new StringBuilder("code,name,parent code,kind,valid from\n");
        for (ImportRow row : rows) {
            text.append(String.join(
                            ",",
                            quote(row.code()),
                            quote(row.name()),
                            quote(row.parentCode()),
                            quote(row.kind()),
                            quote(row.validFrom())))
                    .append('\n');
        }
        return text.toString();
    }

    private static String quote(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static boolean isKind(String kind) {
        for (UnitKind k : UnitKind.values()) {
            if (k.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private static String kindList() {
        List<String> names = new ArrayList<>();
        for (UnitKind k : UnitKind.values()) {
            names.add(k.name());
        }
        return String.join(", ", names);
    }

    static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        return null;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    private static String text(String value) {
        String clean = UserText.clean(value);
        return clean == null || clean.isBlank() ? null : clean.strip();
    }

    private static String upper(String value) {
        String text = text(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static boolean isXlsx(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    static final class NotReadable extends Exception {
        NotReadable() {
            super(null, null, false, false);
        }
    }

    private static List<List<String>> xlsx(byte[] content) throws NotReadable {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            int last = Math.min(sheet.getLastRowNum(), MAX_ROWS + 10);
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.min(Math.max(row.getLastCellNum(), 0), 50); c++) {
                        Cell cell = row.getCell(c);
                        if (cell == null) {
                            cells.add("");
                        } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                            cells.add(cell.getLocalDateTimeCellValue()
                                    .toLocalDate()
                                    .toString());
                        } else {
                            cells.add(formatter.formatCellValue(cell));
                        }
                    }
                }
                table.add(cells);
            }
            if (sheet.getLastRowNum() > last) {
                for (int i = 0; i <= MAX_ROWS; i++) {
                    table.add(List.of("x"));
                }
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw new NotReadable();
        }
    }

    private static List<List<String>> csv(byte[] content, String fileName) throws NotReadable {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new NotReadable();
        }
        if (text.indexOf('\0') >= 0) {
            throw new NotReadable();
        }
        return parseCsv(text);
    }

    /** RFC 4180 CSV (comma or semicolon, quotes doubled), a leading byte-order mark ignored. */
    static List<List<String>> parseCsv(String text) throws NotReadable {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLine = text.indexOf('\n');
        String head = firstLine < 0 ? text : text.substring(0, firstLine);
        char separator = head.indexOf(';') >= 0 && head.indexOf(',') < 0 ? ';' : ',';
        List<List<String>> table = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                table.add(row);
                row = new ArrayList<>();
                if (table.size() > MAX_ROWS + 10) {
                    break;
                }
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new NotReadable();
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            table.add(row);
        }
        return table;
    }
}
