package vn.itplan.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * A summary, or the text of a line of details, that the audit trail reads in the reader's language: a message key
 * of the bundles and its arguments, stored as {@code §key|arg|arg} and turned into words by the trail (its page and
 * its exports) when it is read. Arguments are shown as values are on the screens (dates dd/MM/yyyy, vi-VN numbers,
 * state and kind codes by their labels); an argument made with {@link #key} is itself a message key, looked up
 * first (a report field's label, a warning's text).
 *
 * <p>Features write what happened this way instead of English or code words:
 * {@code audit.record(actor, "PLAN_REVISED", "Plan", id, AuditText.of("audit.summary.plan.revisedAs", number, copyId))}.
 * A line of details may also be {@code field: AuditText.of(...)}: the field's label, then the text.
 */
public final class AuditText {

    static final String PREFIX = "§";
    private static final char SEPARATOR = '|';
    private static final char ESCAPE = '\\';
    private static final String KEY_ARGUMENT = "#";

    private AuditText() {}

    /** The text of {@code key} with {@code args}, to be read in the reader's language. */
    public static String of(String key, Object... args) {
        StringBuilder text = new StringBuilder(PREFIX).append(key);
        for (Object arg : args) {
            text.append(SEPARATOR);
            String value = arg instanceof Key k
                    ? KEY_ARGUMENT + escape(k.text().substring(PREFIX.length()))
                    : escape(arg == null ? "" : arg.toString());
            text.append(value);
        }
        return text.toString();
    }

    /**
     * An argument that is itself a message (a label, a period's name, a warning) with its own arguments, shown in
     * the reader's language.
     */
    public static Key key(String key, Object... args) {
        return new Key(of(key, args));
    }

    /** A message argument, encoded as {@link #of} encodes a text. */
    public record Key(String text) {}

    /** A stored text read back: its key and arguments (each a {@link Key} or a string); null when it is plain text. */
    static Parsed parse(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return null;
        }
        List<Object> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean escaped = false;
        boolean literal = false;
        String body = stored.substring(PREFIX.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (escaped) {
                current.append(c == 'n' ? '\n' : c);
                escaped = false;
                literal = literal || current.length() == 1;
            } else if (c == ESCAPE) {
                escaped = true;
            } else if (c == SEPARATOR) {
                parts.add(part(current.toString(), literal, parts.isEmpty()));
                current.setLength(0);
                literal = false;
            } else {
                current.append(c);
            }
        }
        parts.add(part(current.toString(), literal, parts.isEmpty()));
        String key = (String) parts.get(0);
        if (key.isBlank()) {
            return null;
        }
        return new Parsed(key, parts.subList(1, parts.size()));
    }

    private static Object part(String text, boolean literal, boolean first) {
        if (!first && !literal && text.startsWith(KEY_ARGUMENT) && text.length() > 1) {
            return new Key(PREFIX + text.substring(KEY_ARGUMENT.length()));
        }
        return text;
    }

    /** Separators, escapes and line breaks (details are one per line) escaped; a leading "#" kept literal. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == SEPARATOR || c == ESCAPE || (i == 0 && c == '#')) {
                out.append(ESCAPE).append(c);
            } else if (c == '\n') {
                out.append(ESCAPE).append('n');
            } else if (c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    record Parsed(String key, List<Object> args) {}
}
