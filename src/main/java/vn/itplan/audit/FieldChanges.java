package vn.itplan.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields that differ between two snapshots of a record ("field" → value as text), for the
 * before/after of an audit event: {@link #names()} for the summary, {@link #details()} for the details.
 */
public final class FieldChanges {

    /** How an empty value is written in the trail. */
    public static final String EMPTY = "—";

    private final List<String> names = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    private FieldChanges() {}

    /** A snapshot builder that keeps the order the fields are put in. */
    public static Map<String, String> snapshot() {
        return new LinkedHashMap<>();
    }

    /** The changes from {@code before} to {@code after}; an empty {@code before} describes a creation. */
    public static FieldChanges between(Map<String, String> before, Map<String, String> after) {
        FieldChanges changes = new FieldChanges();
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String old = text(before.get(field));
            String now = text(after.get(field));
            if (!Objects.equals(old, now)) {
                changes.names.add(field);
                changes.lines.add(field + ": " + old + " → " + now);
            }
        }
        return changes;
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** "name, shortName". */
    public String names() {
        return String.join(", ", names);
    }

    /** One "field: before → after" per line. */
    public String details() {
        return lines.stream().collect(Collectors.joining("\n"));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? EMPTY : value;
    }
}
