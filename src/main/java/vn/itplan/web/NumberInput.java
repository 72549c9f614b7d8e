package vn.itplan.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.format.Formatter;

/**
 * The one parser for numbers users type, registered for every Integer, Long and BigDecimal form field (WebConfig):
 * <ul>
 * <li>whole numbers: "1200", "1.200", "1 200" (digit groups as Vietnamese write them); "1.5" is not a whole number;</li>
 * <li>decimals: "10,5", "10.5", "1.234,5", "1,234.5", "60%": with both marks the later one is the decimal mark,
 * with one mark it is the decimal mark.</li>
 * </ul>
 * Printed back as typed in an input: whole numbers plain, decimals in the vi-VN form without trailing zeros
 * ("0,85"), the portal's one number convention in every interface language.
 */
public final class NumberInput {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([. ]\\d{3})+");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL_CHARS = Pattern.compile("-?[0-9.,]*[0-9][0-9.,]*");
    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_FRACTION_DIGITS = 6;

    private NumberInput() {}

    public static long wholeNumber(String text) throws ParseException {
        String typed = squeezeSpaces(text, false);
        if (GROUPED.matcher(typed).matches()) {
            typed = typed.replace(".", "").replace(" ", "");
        }
        if (!WHOLE.matcher(typed).matches()) {
            throw new ParseException(text, 0);
        }
        return Long.parseLong(typed);
    }

    public static BigDecimal decimal(String text) throws ParseException {
        String s = squeezeSpaces(text, true).replace("%", "");
        if (!DECIMAL_CHARS.matcher(s).matches()) {
            throw new ParseException(text, 0);
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        String plain;
        if (comma >= 0 && dot >= 0) {
            char mark = comma > dot ? ',' : '.';
            char group = mark == ',' ? '.' : ',';
            plain = s.replace(String.valueOf(group), "").replace(mark, '.');
        } else {
            plain = s.replace(',', '.');
        }
        if (plain.indexOf('.') != plain.lastIndexOf('.')) {
            throw new ParseException(text, 0);
        }
        try {
            BigDecimal value = new BigDecimal(plain);
            if (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_FRACTION_DIGITS) {
                throw new ParseException(text, 0);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ParseException(text, 0);
        }
    }

    /** A decimal as it goes back into an input: vi-VN, no grouping, no trailing zeros ("1234,5"). */
    public static String printDecimal(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(DisplayFormat.VI));
        return format.format(value);
    }

    private static String squeezeSpaces(String text, boolean removeAll) {
        String s = text == null ? "" : text.replace('\u00a0', ' ').strip();
        return removeAll ? s.replace(" ", "") : s;
    }

    /** A whole number within an int's range. */
    public static int integer(String text) throws ParseException {
        long value = wholeNumber(text);
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new ParseException(text, 0);
        }
        return (int) value;
    }

    static final Formatter<Integer> INTEGER = formatter(NumberInput::integer, Object::toString);
    static final Formatter<Long> LONG = formatter(NumberInput::wholeNumber, Object::toString);
    static final Formatter<BigDecimal> DECIMAL = formatter(NumberInput::decimal, NumberInput::printDecimal);

    /** How one of the parsers above reads what was typed. */
    @FunctionalInterface
    interface Reader<T> {
        T read(String text) throws ParseException;
    }

    private static <T> Formatter<T> formatter(Reader<T> reader, Function<T, String> printer) {
        return new Formatter<>() {
            @Override
            public T parse(String text, Locale locale) throws ParseException {
                return reader.read(text);
            }

            @Override
            public String print(T value, Locale locale) {
                return printer.apply(value);
            }
        };
    }
}
