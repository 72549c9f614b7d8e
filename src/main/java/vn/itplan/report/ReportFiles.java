package vn.itplan.report;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.report.ReportImports.Row;
import vn.itplan.report.ReportImports.RowProblem;
import vn.itplan.security.CurrentUser;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.TableDownload;
import vn.itplan.web.TableDownload.Accepts;
import vn.itplan.web.TableUpload;

/**
 * The files of report figures (issue 15), written and read only through {@code web.TableDownload} and
 * {@code web.TableUpload}: the per-period .xlsx template (one row per unit, one column per field of
 * {@link #fields()}, its label, unit and range in the header's note, Excel data validation in the cells), and the
 * long CSV (unit_code, period, field, value, state, updated_at) that other systems read and that reads back to the
 * same data. An upload of either becomes {@link Row}s for {@link ReportImports}, or file problems at line 0.
 */
@RequiredArgsConstructor
@Component
@Transactional(readOnly = true)
class ReportFiles {

    /** Rows of an upload at most: a province has a few hundred units; more is refused with a message. */
    static final int MAX_ROWS = 5_000;

    static final String UNIT_CODE = "unit_code";
    static final String UNIT_NAME = "unit_name";
    /** The column name of an extra field in {@link #aliases}: this prefix and its code. */
    private static final String EXTRA = "extra:";

    static final List<String> LONG_HEADER = List.of("unit_code", "period", "field", "value", "state", "updated_at");
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final UnitService units;
    private final PeriodService periods;
    private final ReportAccess access;
    private final StatusReportRepository reports;
    private final ExtraValues extras;

    /**
     * The built-in figures of a report as files carry them, in form order; with {@link #extraFields} the one place
     * that lists the columns of the template, the import and the long CSV, so that a field added to
     * {@link ReportField} or defined by staff ({@link ExtraField}) becomes a column of each.
     */
    static List<ReportField> fields() {
        return List.of(ReportField.values());
    }

    /** The extra fields (defined by staff) of the period's year, after the built-in ones, in form order. */
    List<ExtraField> extraFields(ReportingPeriod period) {
        return extras.fieldsIn(period.getYear());
    }

    // ---------------------------------------------------------------- template

    /** The template of a period: the unit admin's own unit, or (staff) every unit expected to report. */
    byte[] template(Long periodId, CurrentUser user) {
        ReportImports.requireImporter(user);
        ReportingPeriod period = periods.get(periodId);
        List<Unit> rowsUnits = ReportActor.of(user.role()) == ReportActor.UNIT
                ? List.of(units.get(user.unitId()))
                : units.reportingUnits().stream()
                        .sorted(Comparator.comparing(Unit::getCode))
                        .toList();
        List<TableDownload.Column> columns = new ArrayList<>();
        columns.add(new TableDownload.Column(
                text("exchange.column.unitCode"), text("exchange.template.unitCodeNote"), Accepts.TEXT));
        columns.add(new TableDownload.Column(
                text("exchange.column.unitName"), text("exchange.template.unitNameNote"), Accepts.TEXT));
        for (ReportField field : fields()) {
            columns.add(new TableDownload.Column(text(field.labelKey()), note(field), accepts(field)));
        }
        List<ExtraField> extraFields = extraFields(period);
        for (ExtraField field : extraFields) {
            columns.add(new TableDownload.Column(field.getLabelVi(), note(field), accepts(field)));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Unit unit : rowsUnits) {
            List<Object> row = new ArrayList<>();
            row.add(unit.getCode());
            row.add(unit.getName());
            java.util.Optional<StatusReport> report = reports.findByUnitIdAndPeriodId(unit.getId(), period.getId());
            Map<ReportField, Object> values =
                    report.map(r -> access.sections(r).values()).orElse(Map.of());
            for (ReportField field : fields()) {
                row.add(cell(values.get(field)));
            }
            Map<String, Object> extraValues =
                    report.map(r -> extras.read(r.getId())).orElse(Map.of());
            for (ExtraField field : extraFields) {
                row.add(cell(extraValues.get(field.getCode())));
            }
            rows.add(row);
        }
        return TableDownload.template(
                PeriodCode.of(period),
                columns,
                rows,
                rowsUnits.size() == 1 ? 0 : 20,
                text("exchange.template.invalid"));
    }

    private Object cell(Object value) {
        if (value instanceof Boolean b) {
            return text(b ? "common.yes" : "common.no");
        }
        return value;
    }

    private String note(ReportField field) {
        BigDecimal[] range = range(field);
        String kind = text("exchange.kind." + field.kind().name());
        String bounds = range[1] == null
                ? ""
                : " " + text("exchange.template.range", range[0].toPlainString(), range[1].toPlainString());
        return text(field.labelKey()) + "\n" + kind + bounds
                + (field.requiredToSubmit() ? "\n" + text("exchange.template.required") : "");
    }

    private String note(ExtraField field) {
        String kind = text(field.getType().messageKey());
        String bounds = field.getMinValue() == null && field.getMaxValue() == null
                ? ""
                : " "
                        + text(
                                "exchange.template.range",
                                field.getMinValue() == null
                                        ? ""
                                        : field.getMinValue().toPlainString(),
                                field.getMaxValue() == null
                                        ? ""
                                        : field.getMaxValue().toPlainString());
        String unit =
                field.getUnitOfMeasure() == null || field.getUnitOfMeasure().isBlank()
                        ? ""
                        : " (" + field.getUnitOfMeasure() + ")";
        return field.getLabelVi() + unit + "\n" + kind + bounds
                + (field.isRequired() ? "\n" + text("exchange.template.required") : "");
    }

    private Accepts accepts(ExtraField field) {
        return switch (field.getType()) {
            case WHOLE_NUMBER -> new Accepts(Accepts.Kind.WHOLE, field.getMinValue(), field.getMaxValue(), List.of());
            case DECIMAL, PERCENTAGE ->
                new Accepts(Accepts.Kind.DECIMAL, field.getMinValue(), field.getMaxValue(), List.of());
            case YES_NO -> new Accepts(Accepts.Kind.LIST, null, null, List.of(text("common.yes"), text("common.no")));
            case SHORT_TEXT -> Accepts.TEXT;
        };
    }

    private Accepts accepts(ReportField field) {
        BigDecimal[] range = range(field);
        return switch (field.kind()) {
            case COUNT, YEAR -> new Accepts(Accepts.Kind.WHOLE, range[0], range[1], List.of());
            case DECIMAL -> new Accepts(Accepts.Kind.DECIMAL, range[0], range[1], List.of());
            case DATE -> new Accepts(Accepts.Kind.DATE, null, null, List.of());
            case YES_NO, CHECK ->
                new Accepts(Accepts.Kind.LIST, null, null, List.of(text("common.yes"), text("common.no")));
        };
    }

    /** The allowed range of a number field, read from the form's own constraints (min, max; null when none). */
    static BigDecimal[] range(ReportField field) {
        try {
            Field property = ReportForm.class.getDeclaredField(field.property());
            Count count = property.getAnnotation(Count.class);
            if (count != null) {
                return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(count.max())};
            }
            jakarta.validation.constraints.DecimalMax decimalMax =
                    property.getAnnotation(jakarta.validation.constraints.DecimalMax.class);
            if (decimalMax != null) {
                return new BigDecimal[] {BigDecimal.ZERO, new BigDecimal(decimalMax.value())};
            }
            jakarta.validation.constraints.Max max = property.getAnnotation(jakarta.validation.constraints.Max.class);
            jakarta.validation.constraints.Min min = property.getAnnotation(jakarta.validation.constraints.Min.class);
            if (max != null) {
                return new BigDecimal[] {
                    min == null ? BigDecimal.ZERO : BigDecimal.valueOf(min.value()), BigDecimal.valueOf(max.value())
                };
            }
        } catch (NoSuchFieldException e) {
            // an extra field without a form property: no range
        }
        return new BigDecimal[] {null, null};
    }

    // ---------------------------------------------------------------- long CSV

    /** Every figure of every report of the period, one line each: what other systems read. */
    byte[] valuesCsv(Long periodId) {
        ReportingPeriod period = periods.get(periodId);
        String code = PeriodCode.of(period);
        List<StatusReport> all = reports.findAll().stream()
                .filter(r -> r.getPeriodId().equals(periodId))
                .toList();
        Map<Long, Unit> byId =
                units.byIds(all.stream().map(StatusReport::getUnitId).toList());
        List<ExtraField> extraFields = extraFields(period);
        List<List<String>> rows = new ArrayList<>();
        all.stream()
                .sorted(Comparator.comparing(r -> byId.get(r.getUnitId()).getCode()))
                .forEach(report -> {
                    Map<ReportField, Object> values = access.sections(report).values();
                    Map<String, Object> extraValues = extras.read(report.getId());
                    Map<String, Object> line = new LinkedHashMap<>();
                    fields().forEach(field -> line.put(field.property(), values.get(field)));
                    extraFields.forEach(field -> line.put(field.getCode(), extraValues.get(field.getCode())));
                    String updated = DateTimeFormatter.ISO_INSTANT.format(
                            report.getUpdatedAt().atOffset(ZoneOffset.UTC).toInstant());
                    line.forEach((field, value) -> rows.add(List.of(
                            byId.get(report.getUnitId()).getCode(),
                            code,
                            field,
                            canonical(value),
                            report.getState().name(),
                            updated)));
                });
        return TableDownload.csv(LONG_HEADER, rows);
    }

    /** A value as a program writes it: 1234, 10.5, true, 2015-03-01; blank for none. */
    static String canonical(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    // ---------------------------------------------------------------- reading

    /** An upload read into rows, or the problems of the file as a whole (line 0). */
    record Parsed(List<Row> rows, List<RowProblem> problems) {

        boolean refused() {
            return problems.stream().anyMatch(p -> !p.warning());
        }
    }

    Parsed parse(String filename, byte[] content, ReportingPeriod period) {
        TableUpload.Checked checked;
        try {
            checked = TableUpload.readChecked(filename, content, MAX_ROWS);
        } catch (TableUpload.BadFile e) {
            return switch (e.reason()) {
                case TYPE -> refused("exchange.file.type");
                case UNREADABLE ->
                    switch (e.detail()) {
                        case PASSWORD -> refused("exchange.file.protected");
                        case OLD_EXCEL -> refused("exchange.file.oldExcel");
                        case ZIP_BOMB -> refused("exchange.file.bomb");
                        case NONE -> refused("exchange.file.unreadable");
                    };
                case EMPTY -> refused("exchange.file.empty");
                case TOO_MANY ->
                    e.rowsCounted()
                            ? refused("exchange.file.tooMany", e.rows(), MAX_ROWS)
                            : refused("exchange.file.tooManyAtLeast", MAX_ROWS);
            };
        }
        if (!checked.formulaCells().isEmpty()) {
            return refused("exchange.file.formulas", first(checked.formulaCells()));
        }
        if (!checked.mergedCells().isEmpty()) {
            return refused("exchange.file.merged", first(checked.mergedCells()));
        }
        TableUpload.Table table = checked.table();
        Map<String, Integer> columns = table.columns(aliases(period));
        if (columns.containsKey("field") && columns.containsKey("value")) {
            return parseLong(table, columns, period);
        }
        return parseWide(table, columns, period);
    }

    private Parsed parseWide(TableUpload.Table table, Map<String, Integer> columns, ReportingPeriod period) {
        List<RowProblem> problems = new ArrayList<>();
        if (!columns.containsKey(UNIT_CODE)) {
            problems.add(new RowProblem(0, null, "exchange.file.noUnitColumn", new Object[0], false));
        }
        Map<ReportField, Integer> fieldColumns = new EnumMap<>(ReportField.class);
        for (ReportField field : fields()) {
            if (columns.containsKey(field.property())) {
                fieldColumns.put(field, columns.get(field.property()));
            }
        }
        Map<String, Integer> extraColumns = new LinkedHashMap<>();
        for (ExtraField field : extraFields(period)) {
            if (columns.containsKey(EXTRA + field.getCode())) {
                extraColumns.put(field.getCode(), columns.get(EXTRA + field.getCode()));
            }
        }
        if (fieldColumns.isEmpty() && extraColumns.isEmpty()) {
            problems.add(new RowProblem(0, null, "exchange.file.noFieldColumns", new Object[0], false));
        }
        Set<Integer> known = Set.copyOf(columns.values());
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i);
            if (!known.contains(i) && name != null && !name.isBlank()) {
                unknown.add(name.strip());
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new RowProblem(
                    0, null, "exchange.file.unknownColumns", new Object[] {String.join(", ", unknown)}, true));
        }
        List<String> missing = new ArrayList<>(fields().stream()
                .filter(f -> !fieldColumns.containsKey(f))
                .map(f -> text(f.labelKey()))
                .toList());
        extraFields(period).stream()
                .filter(f -> !extraColumns.containsKey(f.getCode()))
                .forEach(f -> missing.add(f.label(LocaleContextHolder.getLocale())));
        if (!(fieldColumns.isEmpty() && extraColumns.isEmpty()) && !missing.isEmpty()) {
            problems.add(new RowProblem(
                    0, null, "exchange.file.missingColumns", new Object[] {String.join(", ", missing)}, true));
        }
        if (problems.stream().anyMatch(p -> !p.warning())) {
            return new Parsed(List.of(), problems);
        }
        List<Row> rows = new ArrayList<>();
        for (TableUpload.Line line : table.lines()) {
            Map<ReportField, Object> raw = new EnumMap<>(ReportField.class);
            fieldColumns.forEach((field, index) -> {
                String value = line.cell(index);
                raw.put(field, value.isEmpty() ? null : value);
            });
            Map<String, String> extra = new LinkedHashMap<>();
            extraColumns.forEach((code, index) -> {
                String value = line.cell(index);
                extra.put(code, value.isEmpty() ? null : value);
            });
            if (raw.values().stream().allMatch(java.util.Objects::isNull)
                    && extra.values().stream().allMatch(java.util.Objects::isNull)) {
                continue; // a unit's row left blank (the staff template lists every unit): not part of this import
            }
            rows.add(new Row(line.number(), line.cell(columns.get(UNIT_CODE)), raw, extra));
        }
        return new Parsed(rows, problems);
    }

    private Parsed parseLong(TableUpload.Table table, Map<String, Integer> columns, ReportingPeriod period) {
        List<RowProblem> problems = new ArrayList<>();
        if (!columns.containsKey(UNIT_CODE)) {
            return refused("exchange.file.noUnitColumn");
        }
        Map<String, Row> byUnit = new LinkedHashMap<>();
        Set<String> extraCodes =
                extraFields(period).stream().map(ExtraField::getCode).collect(Collectors.toSet());
        for (TableUpload.Line line : table.lines()) {
            String periodCode = line.cell(columns.get("period"));
            if (columns.containsKey("period") && !periodCode.isEmpty() && !PeriodCode.matches(period, periodCode)) {
                problems.add(new RowProblem(
                        line.number(),
                        "period",
                        "exchange.file.otherPeriod",
                        new Object[] {periodCode, PeriodCode.of(period)},
                        false));
                continue;
            }
            String property = line.cell(columns.get("field"));
            ReportField field = ReportField.byProperty(property);
            if (field == null && extraCodes.contains(property)) {
                String code = line.cell(columns.get(UNIT_CODE)).toUpperCase(Locale.ROOT);
                String value = line.cell(columns.get("value"));
                byUnit.computeIfAbsent(code, c -> new Row(line.number(), c, new EnumMap<>(ReportField.class)))
                        .extra()
                        .put(property, value.isEmpty() ? null : value);
                continue;
            }
            if (field == null) {
                problems.add(new RowProblem(
                        line.number(), "field", "exchange.value.unknownField", new Object[] {property}, false));
                continue;
            }
            String code = line.cell(columns.get(UNIT_CODE)).toUpperCase(Locale.ROOT);
            Row row = byUnit.computeIfAbsent(code, c -> new Row(line.number(), c, new EnumMap<>(ReportField.class)));
            String value = line.cell(columns.get("value"));
            row.raw().put(field, value.isEmpty() ? null : value);
        }
        return new Parsed(List.copyOf(byUnit.values()), problems);
    }

    /** Header names → columns: the unit code and name, each field by its Vietnamese or English label or property. */
    private Map<String, String> aliases(ReportingPeriod period) {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String alias : List.of("unit_code", "unit code", "mã đơn vị", "ma don vi", "mã", "code")) {
            aliases.put(alias, UNIT_CODE);
        }
        for (String alias : List.of("unit_name", "đơn vị", "tên đơn vị", "unit")) {
            aliases.put(alias, UNIT_NAME);
        }
        for (String column : List.of("period", "field", "value", "state", "updated_at")) {
            aliases.put(column, column);
        }
        aliases.put("kỳ", "period");
        aliases.put("trường", "field");
        aliases.put("giá trị", "value");
        for (ReportField field : fields()) {
            aliases.put(field.property(), field.property());
            aliases.put(messages.getMessage(field.labelKey(), null, field.property(), VIETNAMESE), field.property());
            aliases.put(
                    messages.getMessage(field.labelKey(), null, field.property(), Locale.ENGLISH), field.property());
        }
        for (ExtraField field : extraFields(period)) {
            for (String alias : new String[] {field.getCode(), field.getLabelVi(), field.getLabelEn()}) {
                if (alias != null && !alias.isBlank()) {
                    aliases.putIfAbsent(alias, EXTRA + field.getCode());
                }
            }
        }
        return aliases;
    }

    private static Parsed refused(String key, Object... args) {
        return new Parsed(List.of(), List.of(new RowProblem(0, null, key, args, false)));
    }

    private static String first(List<String> cells) {
        return cells.stream().limit(5).collect(Collectors.joining(", ")) + (cells.size() > 5 ? ", …" : "");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, VIETNAMESE);
    }
}
