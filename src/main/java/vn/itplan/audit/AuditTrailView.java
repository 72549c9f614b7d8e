package vn.itplan.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import vn.itplan.web.DisplayFormat;

/**
 * Turns stored audit events into what people read: the action and the record type as words of the interface
 * language ({@code audit.action.<CODE>}, {@code audit.type.<EntityType>}), the fields of the before/after as
 * their screen labels ({@code audit.field.<EntityType>.<field>}, then {@code audit.field.<field>}, then the
 * feature's own form label), values formatted as on the screens (dd/MM/yyyy, vi-VN numbers, yes/no, state
 * names), and a link to the record's page where it has one.
 *
 * <p>The record is named by its feature ({@link AuditRecordNames}: one call per record type on the page) where
 * the feature offers it (units, status reports); otherwise by the event's summary, which every feature writes at
 * record time with the record's display name (plan number, document number, ...). Summaries of the old "22 field(s) changed"
 * kind are replaced by the list of the fields' labels.
 */
@Component
class AuditTrailView {

    /** Where each record type is shown; "%d" is its id. Types without a page are not linked. */
    static final Map<String, String> PAGES = Map.of(
            "Unit", "/units/%d",
            "Plan", "/plans/%d",
            "StatusReport", "/reports/%d",
            "LegalDocument", "/legal-bases/%d",
            "Indicator", "/indicators/%d/edit",
            "ReportingPeriod", "/periods");

    /** The feature's own label keys for a type's fields, tried after the audit bundle's. */
    static final Map<String, String> FEATURE_FIELD_KEYS = Map.of("StatusReport", "report.field.%s");

    /** Prefixes under which code values (states, kinds) have labels in the bundles. */
    static final List<String> VALUE_KEYS = List.of("audit.value.%s", "report.state.%s", "unit.kind.%s");

    private static final Pattern CHANGE = Pattern.compile("^([A-Za-z][A-Za-z0-9_.]*): (.*) → (.*)$", Pattern.DOTALL);
    private static final Pattern NOTE = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*): (.*)$", Pattern.DOTALL);
    private static final Pattern COUNT_SUMMARY = Pattern.compile("^\\d+ field\\(s\\) changed$");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");
    private static final Pattern TRANSITION = Pattern.compile("^([A-Z_]+) → ([A-Z_]+)$");

    private static final BigDecimal YEAR_FROM = BigDecimal.valueOf(1900);
    private static final BigDecimal YEAR_TO = BigDecimal.valueOf(2100);

    private final MessageSource messages;
    private final DisplayFormat fmt;
    private final Map<String, AuditRecordNames> namers = new HashMap<>();

    AuditTrailView(MessageSource messages, DisplayFormat fmt, ObjectProvider<AuditRecordNames> namers) {
        this.messages = messages;
        this.fmt = fmt;
        namers.orderedStream().forEach(n -> this.namers.put(n.entityType(), n));
    }

    /** One line of the details: a change of a field (before and after) or a note (a comment, a warning). */
    record Line(String rawField, String field, String before, String after, String note) {
        public boolean isChange() {
            return before != null;
        }

        public String text() {
            return isChange() ? field + ": " + before + " → " + after : (field == null ? note : field + ": " + note);
        }
    }

    /** An event as read on the page and in the exports. */
    record Row(
            AuditEvent event,
            String time,
            String action,
            String recordType,
            String name,
            String link,
            String summary,
            List<Line> lines) {

        public String detailsText() {
            return String.join("\n", lines.stream().map(Line::text).toList());
        }
    }

    /** The events in words; records named with one call per record type on the page. */
    List<Row> rows(List<AuditEvent> events, Locale locale) {
        Map<String, Set<Long>> idsByType = new HashMap<>();
        for (AuditEvent e : events) {
            if (e.getEntityId() != null && namers.containsKey(e.getEntityType())) {
                idsByType
                        .computeIfAbsent(e.getEntityType(), t -> new HashSet<>())
                        .add(e.getEntityId());
            }
        }
        Map<String, Map<Long, String>> names = new HashMap<>();
        idsByType.forEach((type, ids) -> names.put(type, namers.get(type).names(ids, locale)));
        return events.stream().map(e -> row(e, nameOf(names, e), locale)).toList();
    }

    private static String nameOf(Map<String, Map<Long, String>> names, AuditEvent event) {
        Map<Long, String> ofType = names.get(event.getEntityType());
        return ofType == null || event.getEntityId() == null ? null : ofType.get(event.getEntityId());
    }

    Row row(AuditEvent event, String name, Locale locale) {
        List<Line> lines = lines(event, locale);
        return new Row(
                event,
                fmt.dateTime(event.getOccurredAt()),
                actionLabel(event.getAction(), locale),
                typeLabel(event.getEntityType(), locale),
                name,
                link(event),
                summary(event, lines, locale),
                lines);
    }

    String actionLabel(String action, Locale locale) {
        return message("audit.action." + action, locale, action);
    }

    String typeLabel(String entityType, Locale locale) {
        return message("audit.type." + entityType, locale, entityType);
    }

    boolean hasActionLabel(String action, Locale locale) {
        return has("audit.action." + action, locale);
    }

    static String link(AuditEvent event) {
        String page = PAGES.get(event.getEntityType());
        if (page == null || event.getEntityId() == null) {
            return null;
        }
        return page.contains("%d") ? String.format(page, event.getEntityId()) : page;
    }

    private String summary(AuditEvent event, List<Line> lines, Locale locale) {
        String summary = event.getSummary();
        if (summary == null) {
            return null;
        }
        AuditText.Parsed text = AuditText.parse(summary);
        if (text != null) {
            return text(text, locale);
        }
        if (COUNT_SUMMARY.matcher(summary).matches()) {
            List<String> fields =
                    lines.stream().filter(Line::isChange).map(Line::field).toList();
            return messages.getMessage("audit.summary.fields", new Object[] {String.join(", ", fields)}, locale);
        }
        Matcher change = CHANGE.matcher(summary);
        if (change.matches() && !summary.contains("\n")) {
            return fieldLabel(event.getEntityType(), change.group(1), locale) + ": " + value(change.group(2), locale)
                    + " → " + value(change.group(3), locale);
        }
        // "DAKTO: name, shortName" (the changed fields' names after the record's name) → their labels
        List<Line> changes = lines.stream().filter(l -> l.rawField() != null).toList();
        if (!changes.isEmpty()) {
            String names = String.join(
                    ", ", changes.stream().map(Line::rawField).distinct().toList());
            String labels = String.join(
                    ", ", changes.stream().map(Line::field).distinct().toList());
            if (summary.equals(names)) {
                return labels;
            }
            if (summary.endsWith(": " + names)) {
                return summary.substring(0, summary.length() - names.length()) + labels;
            }
            if (summary.endsWith(" (" + names + ")")) {
                return summary.substring(0, summary.length() - names.length() - 1) + labels + ")";
            }
        }
        Matcher transition = TRANSITION.matcher(summary);
        if (transition.matches()) {
            return value(transition.group(1), locale) + " → " + value(transition.group(2), locale);
        }
        return summary;
    }

    private List<Line> lines(AuditEvent event, Locale locale) {
        List<Line> lines = new ArrayList<>();
        if (event.getDetails() == null || event.getDetails().isBlank()) {
            return lines;
        }
        for (String raw : event.getDetails().split("\n")) {
            Matcher change = CHANGE.matcher(raw);
            Matcher note = NOTE.matcher(raw);
            if (change.matches()) {
                lines.add(new Line(
                        change.group(1),
                        fieldLabel(event.getEntityType(), change.group(1), locale),
                        value(change.group(2), locale),
                        value(change.group(3), locale),
                        null));
            } else if (note.matches()) {
                AuditText.Parsed text = AuditText.parse(note.group(2));
                lines.add(new Line(
                        note.group(1),
                        fieldLabel(event.getEntityType(), note.group(1), locale),
                        null,
                        null,
                        text == null ? note.group(2) : text(text, locale)));
            } else {
                AuditText.Parsed text = AuditText.parse(raw);
                lines.add(new Line(null, null, null, null, text == null ? raw : text(text, locale)));
            }
        }
        return lines;
    }

    /** An {@link AuditText} in words: its arguments as values on the screens (or the labels they name). */
    String text(AuditText.Parsed text, Locale locale) {
        Object[] args = text.args().stream()
                .map(arg -> arg instanceof AuditText.Key key ? nested(key, locale) : value((String) arg, locale))
                .toArray();
        return messages.getMessage(text.key(), args, text.key(), locale);
    }

    private String nested(AuditText.Key key, Locale locale) {
        AuditText.Parsed parsed = AuditText.parse(key.text());
        return parsed == null ? key.text() : text(parsed, locale);
    }

    String fieldLabel(String entityType, String field, Locale locale) {
        List<String> keys = new ArrayList<>();
        keys.add("audit.field." + entityType + "." + field);
        keys.add("audit.field." + field);
        String feature = FEATURE_FIELD_KEYS.get(entityType);
        if (feature != null) {
            keys.add(String.format(feature, field));
        }
        for (String key : keys) {
            if (has(key, locale)) {
                return messages.getMessage(key, null, locale);
            }
        }
        return field;
    }

    boolean hasFieldLabel(String entityType, String field, Locale locale) {
        return !fieldLabel(entityType, field, locale).equals(field);
    }

    /** A value as the screens show it. */
    String value(String text, Locale locale) {
        if (text == null || text.equals(FieldChanges.EMPTY)) {
            return FieldChanges.EMPTY;
        }
        String value = text.strip();
        if (value.equals("true") || value.equals("false")) {
            return messages.getMessage(value.equals("true") ? "common.yes" : "common.no", null, locale);
        }
        if (ISO_INSTANT.matcher(value).matches()) {
            try {
                return fmt.dateTime(Instant.parse(value));
            } catch (RuntimeException notAnInstant) {
                return value;
            }
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return fmt.date(LocalDate.parse(value));
            } catch (RuntimeException notADate) {
                return value;
            }
        }
        if (NUMBER.matcher(value).matches()) {
            BigDecimal number = new BigDecimal(value);
            if (number.scale() == 0 && number.compareTo(YEAR_FROM) >= 0 && number.compareTo(YEAR_TO) <= 0) {
                return value; // a year, as the screens write it
            }
            return number.scale() > 0 ? fmt.decimal(number, number.scale()) : fmt.number(number);
        }
        if (CODE.matcher(value).matches()) {
            for (String key : VALUE_KEYS) {
                String candidate = String.format(key, value);
                if (has(candidate, locale)) {
                    return messages.getMessage(candidate, null, locale);
                }
            }
        }
        return text;
    }

    private boolean has(String key, Locale locale) {
        try {
            messages.getMessage(key, null, locale);
            return true;
        } catch (NoSuchMessageException missing) {
            return false;
        }
    }

    private String message(String key, Locale locale, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
