package vn.itplan.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * What users type: dates as dd/MM/yyyy (also d/M/yyyy, as in running text: 10/4/2007), strictly, so
 * 31/02/2015 is an error rather than 28/02/2015.
 */
final class InputFormats {

    private static final DateTimeFormatter LENIENT_DIGITS =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private InputFormats() {}

    static final class DateFormatter implements Formatter<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) throws ParseException {
            String trimmed = text.trim();
            if (!trimmed.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                throw new ParseException(text, 0);
            }
            try {
                return LocalDate.parse(trimmed, LENIENT_DIGITS);
            } catch (DateTimeParseException e) {
                throw new ParseException(text, e.getErrorIndex());
            }
        }

        @Override
        public String print(LocalDate date, Locale locale) {
            return DisplayFormat.DATE.format(date);
        }
    }
}
