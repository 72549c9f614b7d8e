package vn.itplan.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Writes the current-status paragraphs from the figures, in the words of the seed plan ("Đến nay đã triển khai
 * phần mềm eOffice tại 29/29 đơn vị", "khoảng 60% đơn vị sử dụng hộp thư điện tử công vụ thường xuyên"), in the
 * interface language. Sentences whose figures have no data are left out rather than filled with zeros.
 */
@Service
public class NarrativeService {

    /** Below this share of units with system-level security, the text says security has not been a priority. */
    private static final BigDecimal LOW_SECURITY_SHARE = new BigDecimal("0.5");

    private final MessageSource messages;

    NarrativeService(MessageSource messages) {
        this.messages = messages;
    }

    public Narrative generate(Rollup rollup, Locale locale) {
        Writer w = new Writer(rollup, locale);
        return new Narrative(w.infrastructure(), w.email(), w.eoffice(), w.coverageNote());
    }

    private final class Writer {
        private final Rollup rollup;
        private final Locale locale;

        Writer(Rollup rollup, Locale locale) {
            this.rollup = rollup;
            this.locale = locale;
        }

        String infrastructure() {
            StringBuilder text = new StringBuilder();
            Figure lan = figure("HT04");
            if (lan.hasValue()) {
                sentence(text, "rollup.narrative.lan", units(lan));
            }
            Figure pcs = figure("HT01");
            if (pcs.hasValue()) {
                sentence(
                        text,
                        "rollup.narrative.pcs",
                        integer(pcs.numerator()),
                        decimal(pcs.value(), 2),
                        percent(figure("HT03")));
            }
            Figure servers = figure("HT05");
            Figure wan = figure("HT07");
            if (servers.hasValue() && wan.hasValue()) {
                sentence(text, "rollup.narrative.servers", integer(servers.value()), units(wan));
            }
            Figure security = figure("HT09");
            if (security.hasValue()) {
                BigDecimal share = security.shareOfUnits();
                String key = share != null && share.compareTo(LOW_SECURITY_SHARE) < 0
                        ? "rollup.narrative.securityWeak"
                        : "rollup.narrative.security";
                sentence(text, key, units(security), percent(figure("HT08")));
            }
            return text.toString();
        }

        String email() {
            Figure regular = figure("UD02");
            if (!regular.hasValue() || regular.shareOfUnits() == null) {
                return "";
            }
            StringBuilder text = new StringBuilder();
            sentence(text, "rollup.narrative.email", roundedPercent(regular.shareOfUnits()), units(regular));
            Figure mailboxes = figure("UD01");
            if (mailboxes.hasValue()) {
                sentence(text, "rollup.narrative.mailboxes", percent(mailboxes));
            }
            return text.toString();
        }

        String eoffice() {
            Figure eoffice = figure("UD04");
            if (!eoffice.hasValue()) {
                return "";
            }
            StringBuilder text = new StringBuilder();
            sentence(text, "rollup.narrative.eoffice", units(eoffice));
            Figure interconnected = figure("UD05");
            if (interconnected.hasValue()) {
                sentence(text, "rollup.narrative.interconnected", units(interconnected));
            }
            Figure documents = figure("UD03");
            if (documents.hasValue()) {
                sentence(text, "rollup.narrative.documents", percent(documents));
            }
            return text.toString();
        }

        String coverageNote() {
            Coverage coverage = rollup.coverage();
            return coverage.partial()
                    ? message("rollup.narrative.partial", coverage.approved(), coverage.expected())
                    : "";
        }

        private Figure figure(String code) {
            return rollup.figures().get(code);
        }

        private void sentence(StringBuilder text, String key, Object... args) {
            text.append(text.isEmpty() ? "" : " ").append(message(key, args));
        }

        private String message(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        /** "17/29". */
        private String units(Figure figure) {
            return integer(figure.numerator()) + "/" + integer(figure.denominator());
        }

        /** "about 60%": a share of units rounded to the nearest 5 points, as the plans write it. */
        private String roundedPercent(BigDecimal share) {
            long points = share.multiply(BigDecimal.valueOf(20))
                            .setScale(0, RoundingMode.HALF_UP)
                            .longValue()
                    * 5;
            return points + "%";
        }

        private String percent(Figure figure) {
            return figure.hasValue() ? decimal(figure.value(), 1) + "%" : "–";
        }

        private String integer(BigDecimal value) {
            return value == null ? "0" : format(value, 0);
        }

        private String decimal(BigDecimal value, int digits) {
            return format(value, digits);
        }

        private String format(BigDecimal value, int maxDigits) {
            Locale numbers = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN");
            DecimalFormat format = new DecimalFormat(
                    maxDigits == 0 ? "#,##0" : "#,##0." + "#".repeat(maxDigits),
                    DecimalFormatSymbols.getInstance(numbers));
            return format.format(value);
        }
    }
}
