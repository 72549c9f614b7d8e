package vn.itplan.plan;

import java.math.BigDecimal;
import vn.itplan.web.UserText;

/** How the plan services clean what staff type and shorten what the audit trail keeps. */
final class PlanText {

    private PlanText() {}

    /** One line of text: clean (see {@link UserText}), trimmed, inner runs of white space made one space, empty as null. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String clean = UserText.clean(text).strip().replaceAll("\\s+", " ");
        return clean.isEmpty() ? null : clean;
    }

    /** A text area: clean, line ends made \n, surrounding white space trimmed, empty as null. */
    static String text(String text) {
        if (text == null) {
            return null;
        }
        String clean =
                UserText.clean(text).replace("\r\n", "\n").replace('\r', '\n').strip();
        return clean.isEmpty() ? null : clean;
    }

    /** A long text cut to 200 characters for the audit trail. */
    static String abbreviate(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    /** A decimal as the audit trail writes it: plain, without trailing zeros. */
    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
