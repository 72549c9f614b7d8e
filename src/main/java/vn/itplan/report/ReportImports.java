package vn.itplan.report;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.report.ReportAccess.Previous;
import vn.itplan.security.CurrentUser;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.Problem;

/**
 * Figures of many units at once, from a spreadsheet template or the long CSV ({@link ReportFiles}): every row is
 * checked first ({@link #check}: nothing is written), then, once the user confirms, all rows are written in one
 * transaction or none ({@link #apply}). The rules are the edit form's: the form's Bean Validation and the hard rules
 * of {@link ReportRules} (missing answers excepted: a draft may be partial) are errors; its soft warnings are shown.
 * Imported reports are drafts (started when missing) of the normal workflow: a report submitted or approved, or a
 * period closed for the unit, is not changed. A unit admin imports only for their own unit; staff for any unit,
 * named by code; leaders import nothing. Each report written is audited (REPORT_IMPORTED).
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
class ReportImports {

    private final ReportAccess access;
    private final StatusReportRepository reports;
    private final PeriodService periods;
    private final UnitService units;
    private final AuditService audit;
    private final Validator validator;
    private final org.springframework.context.MessageSource messages;
    private final ExtraValues extras;

    /**
     * One row of a file: its line, the unit's code, and the raw values of the columns it has (blank = null): the
     * built-in fields, and the extra fields ({@link ExtraField}) by code.
     */
    record Row(int line, String unitCode, Map<ReportField, Object> raw, Map<String, String> extra) {

        Row(int line, String unitCode, Map<ReportField, Object> raw) {
            this(line, unitCode, raw, new LinkedHashMap<>());
        }
    }

    /** The column of a problem in an extra field: its label, after this prefix. */
    static final String EXTRA_COLUMN = "extra:";

    /**
     * A problem at a row (0: the file) and a column (a field's property, "unit", an extra field's {@link #EXTRA_COLUMN}
     * and label, or null).
     */
    record RowProblem(int line, String column, String messageKey, Object[] args, boolean warning) {

        /** The label of an extra field's column (null for the others, named by {@link #columnKey()}). */
        public String columnText() {
            return column != null && column.startsWith(EXTRA_COLUMN) ? column.substring(EXTRA_COLUMN.length()) : null;
        }

        /** The message key naming the column: a field's label, the unit code, or the long CSV's column. */
        public String columnKey() {
            if (column == null || columnText() != null) {
                return null;
            }
            if (column.equals("unit")) {
                return "exchange.column.unitCode";
            }
            ReportField field = ReportField.byProperty(column);
            return field != null ? field.labelKey() : "exchange.column." + column;
        }
    }

    /** What a row would do: the unit, whether its report is started now, how many figures change. */
    record Change(int line, String unitCode, String unitName, boolean newReport, int changedFields) {}

    record Preview(List<Change> changes, List<RowProblem> problems) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(p -> !p.warning());
        }

        public long errorCount() {
            return problems.stream().filter(p -> !p.warning()).count();
        }

        public long warningCount() {
            return problems.stream().filter(RowProblem::warning).count();
        }
    }

    /** Which units the user may import for: their own (unit admin) or all (staff); leaders none (403). */
    static void requireImporter(CurrentUser user) {
        ReportActor actor = ReportActor.of(user.role());
        if (actor == ReportActor.LEADER || (actor == ReportActor.UNIT && user.unitId() == null)) {
            throw new AccessDeniedException("imports are for unit admins and staff");
        }
    }

    /** Every row checked; nothing written. {@code progress} hears how many rows are done. */
    Preview check(Long periodId, List<Row> rows, CurrentUser user, java.util.function.IntConsumer progress) {
        requireImporter(user);
        ReportingPeriod period = periods.get(periodId);
        return plan(period, rows, user, progress).preview();
    }

    /**
     * Writes every row in this transaction, after checking them again (the data may have changed since the
     * preview); any error and nothing is written ({@link InvalidInputException}). Returns the number of reports.
     */
    @Transactional
    int apply(Long periodId, List<Row> rows, String source, CurrentUser user) {
        requireImporter(user);
        ReportingPeriod period = periods.get(periodId);
        Plan plan = plan(period, rows, user, done -> {});
        if (plan.preview().hasErrors()) {
            throw InvalidInputException.global("exchange.import.changedMeanwhile");
        }
        Instant now = access.now();
        int written = 0;
        for (Planned p : plan.planned()) {
            StatusReport report = p.report() != null
                    ? p.report()
                    : reports.saveAndFlush(new StatusReport(p.unit().getId(), period.getId(), user.username(), now));
            ReportSections sections = access.sections(report);
            Map<ReportField, Object> before = sections.values();
            List<String> changes = new ArrayList<>();
            p.values().forEach((field, value) -> {
                if (!Objects.equals(before.get(field), value)) {
                    changes.add(field.property() + ": " + text(before.get(field)) + " → " + text(value));
                }
            });
            if (p.extra() != null) {
                changes.addAll(extras.save(report.getId(), period.getYear(), p.extra()));
            }
            if (p.report() != null && changes.isEmpty()) {
                continue;
            }
            sections.setAll(p.values());
            access.saveSections(sections);
            report.touch(user.username(), now);
            audit.record(
                    user.username(),
                    "REPORT_IMPORTED",
                    ReportAccess.ENTITY,
                    report.getId(),
                    (p.report() == null ? "started and " : "") + changes.size() + " field(s) imported from " + source
                            + " (line " + p.line() + ")",
                    changes.isEmpty() ? null : String.join("\n", changes));
            written++;
        }
        reports.flush();
        return written;
    }

    /** A row to write: its built-in values, and (when the file has extra columns) every extra value after it. */
    private record Planned(
            int line, Unit unit, StatusReport report, Map<ReportField, Object> values, Map<String, Object> extra) {}

    private record Plan(Preview preview, List<Planned> planned) {}

    private Plan plan(
            ReportingPeriod period, List<Row> rows, CurrentUser user, java.util.function.IntConsumer progress) {
        ReportActor actor = ReportActor.of(user.role());
        LocalDate today = access.today();
        List<RowProblem> problems = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Unit> byCode = new java.util.HashMap<>();
        units.findAll().forEach(u -> byCode.put(u.getCode().toUpperCase(java.util.Locale.ROOT), u));
        if (rows.isEmpty()) {
            problems.add(new RowProblem(0, null, "exchange.import.noRows", new Object[0], false));
        }
        int done = 0;
        for (Row row : rows) {
            progress.accept(done++);
            int problemsBefore = problems.size();
            String code = row.unitCode() == null ? "" : row.unitCode().strip().toUpperCase(java.util.Locale.ROOT);
            Optional<Unit> found = Optional.ofNullable(byCode.get(code));
            if (code.isEmpty()) {
                problems.add(error(row, "unit", "exchange.import.unitMissing"));
                continue;
            }
            if (found.isEmpty()) {
                problems.add(error(row, "unit", "exchange.import.unitUnknown", code));
                continue;
            }
            Unit unit = found.get();
            if (actor == ReportActor.UNIT && !unit.getId().equals(user.unitId())) {
                problems.add(error(row, "unit", "exchange.import.notYourUnit", code));
                continue;
            }
            if (!seen.add(code)) {
                problems.add(error(row, "unit", "exchange.import.unitTwice", code));
                continue;
            }
            if (!unit.isActive() || !unit.isReporting()) {
                problems.add(error(row, "unit", "exchange.import.unitNotExpected", code));
                continue;
            }
            StatusReport report = reports.findByUnitIdAndPeriodId(unit.getId(), period.getId())
                    .orElse(null);
            if (report != null && report.getState() != ReportState.DRAFT && report.getState() != ReportState.RETURNED) {
                problems.add(error(
                        row,
                        "unit",
                        "exchange.import.notDraft",
                        code,
                        report.getState().messageKey()));
                continue;
            }
            if (!access.window(unit.getId(), period).unitMayEdit(today)) {
                problems.add(error(row, "unit", "exchange.import.periodClosed", code));
                continue;
            }
            Map<ReportField, Object> before =
                    report == null ? blank() : access.sections(report).values();
            Map<ReportField, Object> after = new EnumMap<>(before);
            row.raw().forEach((field, raw) -> {
                try {
                    Object value = ReportValues.convert(field, raw);
                    after.put(field, ReportField.normalise(value));
                } catch (ReportValues.BadValue e) {
                    problems.add(error(row, field.property(), e.messageKey(), String.valueOf(raw)));
                }
            });
            ReportForm form = ReportForm.of(after, 0);
            for (Problem p : ReportValues.validate(validator, form)) {
                problems.add(new RowProblem(row.line(), p.field(), p.messageKey(), p.args(), false));
            }
            for (ReportRules.Problem p : ReportRules.submissionProblems(after, today)) {
                if (!p.messageKey().equals("report.rule.required")) {
                    problems.add(new RowProblem(row.line(), p.field().property(), p.messageKey(), p.args(), false));
                }
            }
            Optional<Previous> previous = access.previousApproved(unit.getId(), period);
            for (Warning w : ReportRules.warnings(
                    after,
                    previous.map(Previous::values).orElse(null),
                    previous.map(pr -> pr.sameLength(period)).orElse(false))) {
                Object[] args = new Object[1 + w.args().size()];
                args[0] = messages.getMessage(
                        w.fieldLabelKey(), null, "", org.springframework.context.i18n.LocaleContextHolder.getLocale());
                for (int i = 0; i < w.args().size(); i++) {
                    args[i + 1] = w.args().get(i);
                }
                problems.add(new RowProblem(
                        row.line(), w.field() == null ? null : w.field().property(), w.messageKey(), args, true));
            }
            Map<String, Object> extraBefore = report == null ? Map.of() : extras.read(report.getId());
            Map<String, Object> extraAfter =
                    row.extra().isEmpty() ? null : extraValues(row, period, extraBefore, problems);
            int changed = 0;
            for (ReportField field : ReportField.values()) {
                if (!Objects.equals(before.get(field), after.get(field))) {
                    changed++;
                }
            }
            if (extraAfter != null) {
                for (ExtraField field : extras.fieldsIn(period.getYear())) {
                    if (!Objects.equals(extraBefore.get(field.getCode()), extraAfter.get(field.getCode()))) {
                        changed++;
                    }
                }
            }
            changes.add(new Change(row.line(), unit.getCode(), unit.getName(), report == null, changed));
            if (problems.subList(problemsBefore, problems.size()).stream().allMatch(RowProblem::warning)) {
                Map<ReportField, Object> toWrite = new EnumMap<>(ReportField.class);
                row.raw().keySet().forEach(f -> toWrite.put(f, after.get(f)));
                planned.add(new Planned(row.line(), unit, report, toWrite, extraAfter));
            }
        }
        return new Plan(new Preview(List.copyOf(changes), List.copyOf(problems)), planned);
    }

    /**
     * The extra values of a report after a row: those before, with the row's columns read and checked as the form
     * checks them (type and range; a blank cell clears its value). A problem is an error at the field's column.
     */
    private Map<String, Object> extraValues(
            Row row, ReportingPeriod period, Map<String, Object> before, List<RowProblem> problems) {
        Map<String, Object> after = new LinkedHashMap<>(before);
        Map<String, String> text = new LinkedHashMap<>();
        Map<String, ExtraField> byCode = new LinkedHashMap<>();
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        for (ExtraField field : extras.fieldsIn(period.getYear())) {
            if (!row.extra().containsKey(field.getCode())) {
                continue;
            }
            byCode.put(field.getCode(), field);
            String raw = row.extra().get(field.getCode());
            try {
                String value = ReportValues.extraText(field, raw);
                if (value == null) {
                    after.remove(field.getCode());
                } else {
                    text.put(field.getCode(), value);
                }
            } catch (ReportValues.BadValue e) {
                problems.add(error(row, EXTRA_COLUMN + field.label(locale), e.messageKey(), String.valueOf(raw)));
            }
        }
        List<Problem> found = new ArrayList<>();
        after.putAll(extras.parse(period.getYear(), text, found));
        for (Problem p : found) {
            String code = p.field() == null ? "" : p.field().replaceFirst("^extra\\[(.*)\\]$", "$1");
            ExtraField field = byCode.get(code);
            problems.add(new RowProblem(
                    row.line(),
                    field == null ? null : EXTRA_COLUMN + field.label(locale),
                    p.messageKey(),
                    p.args(),
                    false));
        }
        return after;
    }

    private static Map<ReportField, Object> blank() {
        Map<ReportField, Object> values = new EnumMap<>(ReportField.class);
        for (ReportField field : ReportField.values()) {
            values.put(field, null);
        }
        return values;
    }

    private static RowProblem error(Row row, String column, String key, Object... args) {
        return new RowProblem(row.line(), column, key, args, false);
    }

    private static String text(Object value) {
        return value == null ? "—" : value.toString();
    }
}
