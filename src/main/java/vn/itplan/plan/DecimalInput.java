package vn.itplan.plan;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * A target value as typed: "60", "60,5", "60.5", "1.234,5" (vi-VN) or "1,234.5"; shown back in the vi-VN
 * form without trailing zeros ("29", "0,85"). With a single separator it is the decimal mark, as the
 * form's hint says.
 */
final class DecimalInput implements Formatter<BigDecimal> {

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        String s = text.strip().replace(" ", "").replace("\u00a0", "").replace("%", "");
        if (!s.matches("-?[0-9.,]*[0-9][0-9.,]*")) {
            throw new ParseException(text, 0);
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        String plain;
        if (comma >= 0 && dot >= 0) {
            // the later one is the decimal mark, the other groups thousands
            char decimal = comma > dot ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            plain = s.replace(String.valueOf(group), "").replace(decimal, '.');
        } else {
            plain = s.replace(',', '.');
        }
        if (plain.indexOf('.') != plain.lastIndexOf('.')) {
            throw new ParseException(text, 0);
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new ParseException(text, 0);
        }
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
        return format.format(value);
    }
}
