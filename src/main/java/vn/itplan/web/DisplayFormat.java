package vn.itplan.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The portal's display conventions, used from templates as {@code ${@fmt.date(d)}},
 * {@code ${@fmt.money(n)}}, {@code ${@fmt.number(x)}}: dates dd/MM/yyyy, numbers in the vi-VN form
 * (12.700.000.000 đ, 71,14), whatever the interface language, as in the documents themselves.
 */
@Component("fmt")
public class DisplayFormat {

    public static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    static final Locale VI = Locale.forLanguageTag("vi-VN");
    /** Times are shown in Vietnam's time, whatever zone the server runs in. */
    public static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withZone(PortalClock.ZONE);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A moment as {@code 10/02/2015 14:05}, in Vietnam's time. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** An amount in đồng: {@code 12.700.000.000 đ}. */
    public String money(Long dong) {
        return dong == null ? "" : number(dong) + " đ";
    }

    public String number(Number value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VI));
        return format.format(value instanceof BigDecimal decimal ? decimal : value);
    }

    /** A number with at most {@code digits} decimals, vi-VN: {@code 0,778}. */
    public String decimal(Number value, int digits) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(
                digits == 0 ? "#,##0" : "#,##0." + "#".repeat(digits), DecimalFormatSymbols.getInstance(VI));
        return format.format(value);
    }

    /** A share as a percentage with at most one decimal: {@code 58,6%}. */
    public String percent(Number ratio) {
        if (ratio == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(VI));
        return format.format(ratio.doubleValue() * 100) + "%";
    }
}
