package vn.itplan.web;

import java.text.ParseException;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/** Binds {@link Money} fields. */
class MoneyFormatterFactory implements AnnotationFormatterFactory<Money> {

    private static final long MAX_DONG = 999_999_999_999_999L;

    @Override
    public Set<Class<?>> getFieldTypes() {
        return Set.of(Long.class);
    }

    @Override
    public Printer<?> getPrinter(Money annotation, Class<?> fieldType) {
        return FORMATTER;
    }

    @Override
    public Parser<?> getParser(Money annotation, Class<?> fieldType) {
        return FORMATTER;
    }

    static final Formatter<Long> FORMATTER = new Formatter<>() {

        @Override
        public Long parse(String text, Locale locale) throws ParseException {
            String digits = text.trim()
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("(đồng|đ)$", "")
                    .replace(".", "")
                    .replace(" ", "")
                    .replace("\u00a0", "");
            if (!digits.matches("-?\\d{1,16}")) {
                throw new ParseException(text, 0);
            }
            long value = Long.parseLong(digits);
            if (Math.abs(value) > MAX_DONG) {
                throw new ParseException(text, 0);
            }
            return value;
        }

        @Override
        public String print(Long value, Locale locale) {
            return new DisplayFormat().number(value);
        }
    };
}
