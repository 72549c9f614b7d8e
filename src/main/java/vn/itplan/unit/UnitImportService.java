package vn.itplan.unit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.Problem;
import vn.itplan.web.TableDownload;
import vn.itplan.web.TableUpload;
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

    /** Header aliases (compared {@link TableUpload#normalise normalised}) → column. */
    private static final Map<String, String> ALIASES = TableUpload.aliases(Map.of(
            "code", List.of("code", "mã", "mã đơn vị"),
            "name", List.of("name", "tên", "tên đơn vị"),
            "parent code", List.of("parent code", "parent", "mã đơn vị cấp trên"),
            "kind", List.of("kind", "loại"),
            "valid from", List.of("valid from", "hiệu lực từ")));

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
        try {
            return check(TableUpload.read(fileName, content, MAX_ROWS));
        } catch (TableUpload.BadFile e) {
            return refused(e);
        }
    }

    /** The rows again (as the preview carried them), then all the units or none. */
    @StaffOnly
    @Transactional
    int importAll(String csvText, CurrentUser user) {
        Preview preview;
        try {
            preview = check(TableUpload.parseCsv(csvText, MAX_ROWS));
        } catch (TableUpload.BadFile e) {
            preview = refused(e);
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

    private static Preview refused(TableUpload.BadFile e) {
        return switch (e.reason()) {
            case TYPE, UNREADABLE -> Preview.refused("unitImport.file.unreadable");
            case EMPTY -> Preview.refused("unitImport.file.empty");
            case TOO_MANY -> Preview.refused("unitImport.file.tooManyRows", e.rows(), MAX_ROWS);
        };
    }

    /** Every row checked against the units in the database and the rows above it. */
    private Preview check(TableUpload.Table table) {
        Map<String, Integer> columns = table.columns(ALIASES);
        List<String> missing =
                COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return Preview.refused("unitImport.file.missingColumns", String.join(", ", missing));
        }
        if (table.lines().isEmpty()) {
            return Preview.refused("unitImport.file.noRows");
        }
        Set<String> existing = new HashSet<>();
        units.findAll().forEach(u -> existing.add(u.getCode()));
        boolean rootExists = !existing.isEmpty();
        Set<String> seen = new HashSet<>();
        List<ImportRow> rows = new ArrayList<>();
        for (TableUpload.Line line : table.lines()) {
            String code = upper(line.cell(columns.get("code")));
            String name = text(line.cell(columns.get("name")));
            String parent = upper(line.cell(columns.get("parent code")));
            String kind = upper(line.cell(columns.get("kind")));
            String validFrom = text(line.cell(columns.get("valid from")));
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
            rows.add(new ImportRow(line.number(), code, name, parent, kind, validFrom, List.copyOf(problems)));
        }
        return new Preview(null, null, rows);
    }

    /** The rows as CSV text, carried by the preview page to the confirmation. */
    static String asCsv(List<ImportRow> rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(COLUMNS);
        for (ImportRow row : rows) {
            table.add(Arrays.asList(row.code(), row.name(), row.parentCode(), row.kind(), row.validFrom()));
        }
        return TableDownload.csvText(table);
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

    private static String text(String value) {
        return UserText.stripToNull(UserText.clean(value));
    }

    private static String upper(String value) {
        String text = text(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
