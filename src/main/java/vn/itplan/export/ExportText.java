package vn.itplan.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.itplan.indicator.Aggregation;
import vn.itplan.indicator.Indicator;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.rollup.Coverage;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.UnitRow;
import vn.itplan.web.DisplayFormat;

/**
 * The words and numbers of the exported files. The plan document is an official Vietnamese text, so the exports
 * are written in Vietnamese whatever the interface language, with vi-VN numbers (29/29 đơn vị, 93,3%, 0,81) and the
 * date forms of administrative documents.
 */
@RequiredArgsConstructor
@Component
class ExportText {

    static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final int MAX_MISSING_NAMES = 10;
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final MessageSource messages;
    private final DisplayFormat fmt;

    /** Characters XML 1.0 cannot hold (control characters other than tab and line breaks) are dropped. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == '\t'
                        || c == '\n'
                        || c == '\r'
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || (c >= 0x10000 && c <= 0x10FFFF))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    /** The texts of several keys without arguments (a table's column headings). */
    List<String> all(String... keys) {
        return java.util.Arrays.stream(keys).map(this::get).toList();
    }

    /** A target's verdict as a table cell: "Đã đạt", "Chậm tiến độ" (the plan page's words, capitalised). */
    String status(String messageKey) {
        String word = get(messageKey);
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(VI) + word.substring(1);
    }

    String upper(String text) {
        return text == null ? "" : text.toUpperCase(VI);
    }

    /** 29/6/2006: the running-text form of a date, without leading zeros. */
    String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** 10/02/2015. */
    String date(LocalDate date) {
        return fmt.date(date);
    }

    /** "Kon Tum, ngày 10 tháng 02 năm 2015": days below 10 and the months 1 and 2 take a leading zero (NĐ 30/2020). */
    String placeAndDate(String place, LocalDate date) {
        String where = place == null ? get("export.doc.placeUnknown") : place;
        if (date == null) {
            return get("export.doc.placeNoDate", where);
        }
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return get("export.doc.placeDate", where, day, month, String.valueOf(date.getYear()));
    }

    /** "Số liệu tính đến 10/02/2015 08:30": when the figures of an export were read (portal time). */
    String asOf(java.time.Instant at) {
        return get("export.doc.asOf", AS_OF.format(at.atZone(vn.itplan.web.PortalClock.ZONE)));
    }

    /** "ngày 10 tháng 02 năm 2015": the date in words, zero-padded as in the header (NĐ 30/2020). */
    String dateInWords(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return get("export.doc.dateInWords", day, month, String.valueOf(date.getYear()));
    }

    /** "Năm 2014", "Quý 1/2015". */
    String period(ReportingPeriod period) {
        return messages.getMessage(period.labelKey(), period.labelArgs(), VI);
    }

    String integer(Number value) {
        return fmt.decimal(value, 0);
    }

    /** 5.940.000.000 */
    String money(long dong) {
        return fmt.decimal(dong, 0);
    }

    /**
     * A task's funding as its appendix writes it: the source's name when it has one, else one "source: amount" per
     * source, joined by {@code separator}.
     */
    String funding(List<vn.itplan.plan.FundingLine> lines, String separator) {
        if (lines.size() == 1) {
            return get(lines.get(0).getSource().messageKey());
        }
        return String.join(
                separator,
                lines.stream()
                        .map(l ->
                                get("export.doc.fundingLine", get(l.getSource().messageKey()), money(l.getAmount())))
                        .toList());
    }

    /**
     * A figure as the plan writes it: "29/29 đơn vị" for a count of units, "93,3%" for a percentage, "0,81" (with
     * the unit of measure when there is one) for another ratio, "45 máy" for a sum.
     */
    String figure(Indicator indicator, Figure figure) {
        if (figure == null || !figure.hasValue()) {
            return get("export.figure.noValue");
        }
        if (figure.aggregation() == Aggregation.COUNT_UNITS) {
            return get("export.figure.units", integer(figure.numerator()), integer(figure.denominator()));
        }
        if (figure.percentage()) {
            return fmt.decimal(figure.value(), 1) + "%";
        }
        if (figure.aggregation() == Aggregation.RATIO) {
            return withUnit(fmt.decimal(figure.value().setScale(2, RoundingMode.HALF_UP), 2), indicator);
        }
        return withUnit(integer(figure.value()), indicator);
    }

    /** A target's baseline or goal in the indicator's unit: "95%", "24 đơn vị". */
    String amount(Indicator indicator, BigDecimal value) {
        if (value == null) {
            return "";
        }
        String unit = indicator.getUnitOfMeasure();
        if ("%".equals(unit)) {
            return fmt.decimal(value, 1) + "%";
        }
        return withUnit(fmt.decimal(value, 2), indicator);
    }

    /** "29/29 đơn vị có báo cáo được duyệt". */
    String coverage(Coverage coverage) {
        return get("export.figure.coverage", coverage.approved(), coverage.expected());
    }

    /** The note under figures on partial data, naming the units without an approved report (the first ten). */
    String partialNote(Coverage coverage) {
        List<String> names = coverage.missing().stream().map(UnitRow::name).toList();
        String listed = String.join(", ", names.subList(0, Math.min(names.size(), MAX_MISSING_NAMES)));
        if (names.size() > MAX_MISSING_NAMES) {
            listed = get("export.figure.partialMore", listed, names.size() - MAX_MISSING_NAMES);
        }
        return get("export.figure.partial", coverage.approved(), coverage.expected(), listed);
    }

    private String withUnit(String number, Indicator indicator) {
        String unit = indicator == null ? null : indicator.getUnitOfMeasure();
        return unit == null || unit.isBlank() ? number : number + " " + unit;
    }
}
