package vn.itplan.report;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.itplan.web.NumberInput;
import vn.itplan.web.Problem;

/**
 * A report's values of the extra fields ({@link ExtraField}): read as typed values by field code, parsed from the
 * form's text (a yes/no as "true"/"false"), checked by type and range on every save and for required answers on
 * submission, and written to {@code report_extra_value}. The report form, its view and its comparison with the
 * previous report show them beside the built-in fields.
 */
@RequiredArgsConstructor
@Component
class ExtraValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ExtraFieldService fields;
    private final ExtraValueRepository values;

    /** The fields a report of the year shows, in form order. */
    List<ExtraField> fieldsIn(int year) {
        return fields.validIn(year);
    }

    /** The stored values of a report, by field code: BigDecimal, Boolean or String. */
    Map<String, Object> read(Long reportId) {
        Map<Long, ExtraField> byId = new LinkedHashMap<>();
        fields.findAll().forEach(f -> byId.put(f.getId(), f));
        Map<String, Object> result = new LinkedHashMap<>();
        for (ExtraValue value : values.findByReportId(reportId)) {
            ExtraField field = byId.get(value.getFieldId());
            if (field != null) {
                result.put(field.getCode(), value.value());
            }
        }
        return result;
    }

    /** The stored values as the form shows them (numbers in the portal's convention, yes/no as true/false). */
    static Map<String, String> asText(Map<String, Object> typed) {
        Map<String, String> text = new LinkedHashMap<>();
        typed.forEach((code, value) ->
                text.put(code, value instanceof BigDecimal d ? NumberInput.printDecimal(d) : String.valueOf(value)));
        return text;
    }

    /**
     * Parses the form's text into typed values by code (blank is absent) and adds a problem per field that is not
     * a value of its type or lies outside its range. Only the fields of the year are read.
     */
    Map<String, Object> parse(int year, Map<String, String> text, List<Problem> problems) {
        Map<String, Object> typed = new LinkedHashMap<>();
        for (ExtraField field : fieldsIn(year)) {
            String raw = text == null ? null : text.get(field.getCode());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String path = "extra[" + field.getCode() + "]";
            raw = raw.strip();
            try {
                Object value =
                        switch (field.getType()) {
                            case YES_NO -> Boolean.valueOf(raw);
                            case SHORT_TEXT -> raw.length() > 500 ? tooLong(path, problems) : raw;
                            case WHOLE_NUMBER -> BigDecimal.valueOf(NumberInput.wholeNumber(raw));
                            case DECIMAL, PERCENTAGE -> NumberInput.decimal(raw);
                        };
                if (value instanceof BigDecimal number && !inRange(field, number, path, problems)) {
                    continue;
                }
                if (value != null) {
                    typed.put(field.getCode(), value instanceof BigDecimal d ? ReportField.normalise(d) : value);
                }
            } catch (ParseException | NumberFormatException e) {
                problems.add(Problem.field(
                        path,
                        field.getType() == ExtraFieldType.WHOLE_NUMBER
                                ? "reportfield.value.whole"
                                : "reportfield.value.number"));
            }
        }
        return typed;
    }

    /** What submission needs on top: every required field of the year answered. */
    List<Problem> submissionProblems(int year, Map<String, Object> typed) {
        List<Problem> problems = new ArrayList<>();
        for (ExtraField field : fieldsIn(year)) {
            if (field.isRequired() && typed.get(field.getCode()) == null) {
                problems.add(Problem.field("extra[" + field.getCode() + "]", "validation.required"));
            }
        }
        return problems;
    }

    /** Writes the values of the year's fields; returns one "code: before → after" line per change. */
    List<String> save(Long reportId, int year, Map<String, Object> typed) {
        Map<String, Object> before = read(reportId);
        List<ExtraValue> stored = values.findByReportId(reportId);
        List<String> changes = new ArrayList<>();
        for (ExtraField field : fieldsIn(year)) {
            Object old = before.get(field.getCode());
            Object now = typed.get(field.getCode());
            if (Objects.equals(old, now)) {
                continue;
            }
            changes.add(field.getCode() + ": " + (old == null ? "—" : old) + " → " + (now == null ? "—" : now));
            ExtraValue value = stored.stream()
                    .filter(v -> v.getFieldId().equals(field.getId()))
                    .findFirst()
                    .orElse(null);
            if (now == null) {
                if (value != null) {
                    values.delete(value);
                }
            } else {
                if (value == null) {
                    value = new ExtraValue(reportId, field.getId());
                }
                value.set(now);
                values.save(value);
            }
        }
        return changes;
    }

    private static Object tooLong(String path, List<Problem> problems) {
        problems.add(Problem.field(path, "validation.tooLong"));
        return null;
    }

    private static boolean inRange(ExtraField field, BigDecimal value, String path, List<Problem> problems) {
        BigDecimal min = field.getMinValue();
        BigDecimal max = field.getMaxValue();
        if (field.getType() == ExtraFieldType.PERCENTAGE) {
            min = min == null ? BigDecimal.ZERO : min;
            max = max == null ? HUNDRED : max;
        }
        if (min == null && field.getType() != ExtraFieldType.DECIMAL) {
            min = BigDecimal.ZERO;
        }
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            problems.add(Problem.field(
                    path,
                    "reportfield.value.range",
                    min == null ? "" : NumberInput.printDecimal(min),
                    max == null ? "" : NumberInput.printDecimal(max)));
            return false;
        }
        if (value.scale() > 4) {
            problems.add(Problem.field(path, "reportfield.digits"));
            return false;
        }
        return true;
    }

    static String label(ExtraField field, Locale locale) {
        return field.label(locale);
    }
}
