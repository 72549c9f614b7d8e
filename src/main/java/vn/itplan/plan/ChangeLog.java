package vn.itplan.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import vn.itplan.audit.AuditText;
import vn.itplan.web.DisplayFormat;

/** The fields an edit changes, one "field: before → after" line each, for the audit trail. */
final class ChangeLog {

    private final StringJoiner lines = new StringJoiner("\n");

    ChangeLog change(String field, Object before, Object after) {
        String b = display(before);
        String a = display(after);
        if (!Objects.equals(b, a)) {
            lines.add(field + ": " + b + " → " + a);
        }
        return this;
    }

    /** A long text: its first 200 characters before and after, or "changed" when only the rest differs. */
    ChangeLog changeText(String field, String before, String after) {
        change(field, PlanText.abbreviate(before), PlanText.abbreviate(after));
        if (!Objects.equals(before, after) && Objects.equals(PlanText.abbreviate(before), PlanText.abbreviate(after))) {
            lines.add(field + ": " + AuditText.of("audit.detail.changedBeyondStart"));
        }
        return this;
    }

    boolean isEmpty() {
        return lines.length() == 0;
    }

    /** The names of the changed fields: "title, signer". */
    String fields() {
        return String.join(
                ", ",
                lines.toString()
                        .lines()
                        .map(l -> l.substring(0, l.indexOf(':')))
                        .distinct()
                        .toList());
    }

    String details() {
        return lines.toString();
    }

    private static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return new DisplayFormat().date(date);
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(String::valueOf).sorted().toList().toString();
        }
        return value.toString();
    }
}
