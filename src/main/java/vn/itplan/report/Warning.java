package vn.itplan.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A soft rule that does not block submission but must be acknowledged: a figure that moved more than 50% from the
 * previous approved report, a ratio that looks wrong. {@code code} is "type:property" (change:pcs); the message is
 * {@code report.warning.<type>} with the field's label as {0} and {@code args} after it. Stored one per line in
 * {@code status_report.acknowledged_warnings} as {@link #encode()}.
 */
public record Warning(String code, List<String> args) {

    private static final String SEPARATOR = "|";

    public Warning {
        args = List.copyOf(args);
    }

    static Warning of(String type, ReportField field, Object... args) {
        return new Warning(
                type + ":" + field.property(),
                Arrays.stream(args).map(String::valueOf).toList());
    }

    public String type() {
        return code.substring(0, code.indexOf(':'));
    }

    public ReportField field() {
        return ReportField.byProperty(code.substring(code.indexOf(':') + 1));
    }

    public String messageKey() {
        return "report.warning." + type();
    }

    public String fieldLabelKey() {
        ReportField field = field();
        return field == null ? "report.field.unknown" : field.labelKey();
    }

    /** The n-th argument after the field label, or "" (templates pass a fixed number of arguments). */
    public String arg(int index) {
        return index < args.size() ? args.get(index) : "";
    }

    String encode() {
        List<String> parts = new ArrayList<>();
        parts.add(code);
        parts.addAll(args);
        return String.join(SEPARATOR, parts);
    }

    /** Reads one stored line; null for a line this version cannot read. */
    static Warning decode(String line) {
        String[] parts = line.strip().split("\\|", -1);
        if (parts.length == 0 || !parts[0].contains(":")) {
            return null;
        }
        return new Warning(parts[0], Arrays.asList(parts).subList(1, parts.length));
    }

    static String encodeAll(List<Warning> warnings) {
        if (warnings.isEmpty()) {
            return null;
        }
        return String.join("\n", warnings.stream().map(Warning::encode).toList());
    }

    static List<Warning> decodeAll(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return stored.lines()
                .filter(l -> !l.isBlank())
                .map(Warning::decode)
                .filter(w -> w != null)
                .toList();
    }
}
