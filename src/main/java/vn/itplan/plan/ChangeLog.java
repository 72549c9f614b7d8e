package vn.itplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.itplan.audit.AuditText;
import vn.itplan.audit.FieldChanges;
import vn.itplan.web.DisplayFormat;

/**
 * The fields an edit changes, for the audit trail: each value before and after as text, compared and written by
 * {@link FieldChanges} ("field: before → after"), the way every other edit is.
 */
final class ChangeLog {

    private final Map<String, String> before = FieldChanges.snapshot();
    private final Map<String, String> after = FieldChanges.snapshot();
    /** "field: changed after its first 200 characters", after the changes. */
    private final List<String> changedBeyondStart = new ArrayList<>();

    ChangeLog change(String field, Object before, Object after) {
        this.before.put(field, display(before));
        this.after.put(field, display(after));
        return this;
    }

    /** A long text: its first 200 characters before and after, or "changed" when only the rest differs. */
    ChangeLog changeText(String field, String before, String after) {
        change(field, PlanText.abbreviate(before), PlanText.abbreviate(after));
        if (!Objects.equals(before, after) && Objects.equals(PlanText.abbreviate(before), PlanText.abbreviate(after))) {
            changedBeyondStart.add(field);
        }
        return this;
    }

    boolean isEmpty() {
        return changes().isEmpty() && changedBeyondStart.isEmpty();
    }

    /** The names of the changed fields: "title, signer". */
    String fields() {
        return join(", ", changes().names(), changedBeyondStart);
    }

    String details() {
        return join(
                "\n",
                changes().details(),
                changedBeyondStart.stream()
                        .map(field -> field + ": " + AuditText.of("audit.detail.changedBeyondStart"))
                        .toList());
    }

    private static String join(String separator, String changed, List<String> more) {
        List<String> all = new ArrayList<>();
        if (!changed.isEmpty()) {
            all.add(changed);
        }
        all.addAll(more);
        return String.join(separator, all);
    }

    private FieldChanges changes() {
        return FieldChanges.between(before, after);
    }

    private static String display(Object value) {
        if (value == null) {
            return null;
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
