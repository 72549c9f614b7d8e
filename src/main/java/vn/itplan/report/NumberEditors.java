package vn.itplan.report;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * How figures are typed on the report form. Counts are whole numbers; digit groups as Vietnamese write them are
 * accepted ("1.200", "1 200"), a lone dot or comma is not ("1.5" is not a count). Decimals take a comma or a dot
 * ("10,5", "10.5", "1.000,5") and are shown with the comma in Vietnamese. A value that cannot be read is a
 * type mismatch: the message sits next to the field and what was typed stays in it.
 */
final class NumberEditors {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([. ]\\d{3})+");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,6})?");

    private NumberEditors() {
    }

    static final class Count extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            String typed = text == null ? "" : text.replace('\u00a0', ' ').strip();
            if (typed.isEmpty()) {
                setValue(null);
                return;
            }
            if (GROUPED.matcher(typed).matches()) {
                typed = typed.replace(".", "").replace(" ", "");
            }
            if (!WHOLE.matcher(typed).matches()) {
                throw new IllegalArgumentException("not a whole number: " + text);
            }
            setValue(Integer.valueOf(typed));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }

    static final class Decimal extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            String typed = text == null ? "" : text.replace('\u00a0', ' ').replace(" ", "").strip();
            if (typed.isEmpty()) {
                setValue(null);
                return;
            }
            if (typed.contains(",")) {
                typed = typed.replace(".", "").replace(',', '.');
            }
            if (!DECIMAL.matcher(typed).matches()) {
                throw new IllegalArgumentException("not a number: " + text);
            }
            setValue(new BigDecimal(typed));
        }

        @Override
        public String getAsText() {
            if (!(getValue() instanceof BigDecimal value)) {
                return "";
            }
            String plain = ((BigDecimal) ReportField.normalise(value)).toPlainString();
            Locale locale = LocaleContextHolder.getLocale();
            return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
        }
    }
}
