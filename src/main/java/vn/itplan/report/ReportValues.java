package vn.itplan.report;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import vn.itplan.web.Problem;

/**
 * Report figures that arrive from outside the edit form (the JSON API, a spreadsheet, the long CSV): each raw value
 * converted to its field's type ({@link ReportField.Kind}), put on a {@link ReportForm} and checked by the form's
 * own Bean Validation, so that every way in obeys the same rules as the page. Hard and soft rules for submission
 * stay in {@link ReportRules}. Problems name the field by its property; a value that cannot be read is
 * {@code exchange.value.<kind>}, a broken constraint {@code exchange.value.invalid} with the constraint's text.
 */
final class ReportValues {

    /** The form's date input (web.InputFormats: d/M/yyyy, strictly). */
    private static final DateTimeFormatter TYPED_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private ReportValues() {}

    /** A value that cannot be read as its field's type; {@code messageKey} says what was expected. */
    static final class BadValue extends Exception {

        private final String messageKey;

        BadValue(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /**
     * The value of {@code field} from a JSON value (number, boolean, string) or a cell's text; null and blank text
     * are null. Counts and years are whole numbers; decimals keep what was written (the form's {@code @Digits}
     * then checks the places); yes/no accept true/false, có/không, yes/no, 1/0, x; dates ISO or dd/MM/yyyy.
     */
    static Object convert(ReportField field, Object raw) throws BadValue {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            return null;
        }
        return switch (field.kind()) {
            case COUNT, YEAR -> integer(raw);
            case DECIMAL -> decimal(raw);
            case YES_NO, CHECK -> yesNo(raw);
            case DATE -> date(raw);
        };
    }

    private static Integer integer(Object raw) throws BadValue {
        BigDecimal number = raw instanceof Number n ? new BigDecimal(n.toString()) : parse(raw.toString());
        if (number == null) {
            throw new BadValue("exchange.value.number");
        }
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new BadValue("exchange.value.whole");
        }
    }

    private static BigDecimal decimal(Object raw) throws BadValue {
        BigDecimal number = raw instanceof Number n ? new BigDecimal(n.toString()) : parse(raw.toString());
        if (number == null) {
            throw new BadValue("exchange.value.number");
        }
        return number;
    }

    /** "1.234,5" (vi-VN, as typed in the form) or "1234.5" (as a program writes it). */
    private static BigDecimal parse(String text) {
        String t = text.strip().replace(" ", "").replace(" ", "");
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        try {
            if (t.contains(",")) {
                return new BigDecimal(t.replace(".", "").replace(',', '.'));
            }
            if (t.matches("-?\\d{1,3}(\\.\\d{3})+")) {
                return new BigDecimal(t.replace(".", ""));
            }
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean yesNo(Object raw) throws BadValue {
        if (raw instanceof Boolean b) {
            return b;
        }
        String t = raw.toString().strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true", "có", "co", "yes", "1", "x", "1.0" -> Boolean.TRUE;
            case "false", "không", "khong", "no", "0", "0.0" -> Boolean.FALSE;
            default -> throw new BadValue("exchange.value.yesNo");
        };
    }

    private static LocalDate date(Object raw) throws BadValue {
        if (raw instanceof LocalDate d) {
            return d;
        }
        String t = raw.toString().strip();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(t, TYPED_DATE);
            } catch (DateTimeParseException e) {
                throw new BadValue("exchange.value.date");
            }
        }
    }

    /**
     * The value of an extra field ({@link ExtraField}) from a cell's text or a JSON value, as the report form sends it
     * (what {@link ExtraValues#parse} reads: yes/no as true/false, numbers in the form's convention); null when blank.
     * Yes/no and numbers are read as for the built-in fields.
     */
    static String extraText(ExtraField field, Object raw) throws BadValue {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            return null;
        }
        return switch (field.getType()) {
            case YES_NO -> yesNo(raw).toString();
            case WHOLE_NUMBER, DECIMAL, PERCENTAGE -> vn.itplan.web.NumberInput.printDecimal(decimal(raw));
            case SHORT_TEXT -> raw.toString().strip();
        };
    }

    /** Sets the values on the form (the others keep theirs). */
    static void apply(ReportForm form, Map<ReportField, Object> values) {
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(form);
        values.forEach((field, value) -> wrapper.setPropertyValue(field.property(), value));
    }

    /** The form's Bean Validation problems on the figures, in form order, one per field. */
    static List<Problem> validate(Validator validator, ReportForm form) {
        List<Problem> problems = new ArrayList<>();
        List<ConstraintViolation<ReportForm>> violations = new ArrayList<>(validator.validate(form));
        violations.sort(Comparator.comparing(v -> order(v.getPropertyPath().toString())));
        List<String> seen = new ArrayList<>();
        for (ConstraintViolation<ReportForm> violation : violations) {
            String property = violation.getPropertyPath().toString();
            if (!seen.contains(property)) {
                seen.add(property);
                problems.add(Problem.field(property, "exchange.value.invalid", violation.getMessage()));
            }
        }
        return problems;
    }

    private static int order(String property) {
        ReportField field = ReportField.byProperty(property);
        return field == null ? Integer.MAX_VALUE : field.ordinal();
    }
}
