package vn.itplan.legal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.itplan.audit.AuditEvent;
import vn.itplan.audit.FieldChanges;

/** One entry of a document's change history, as the detail page shows it (the page formats {@code when}). */
record LegalDocumentHistory(Instant when, String actor, String actionKey, List<Change> changes) {
    private static final String ARROW = " → ";

    /** One field: its label key, the value before (null on creation) and after. */
    record Change(String labelKey, String before, String after) {}

    static LegalDocumentHistory of(AuditEvent event) {
        List<Change> changes = new ArrayList<>();
        if (event.getDetails() != null) {
            boolean created = LegalDocumentAdminService.CREATED.equals(event.getAction());
            for (String line : event.getDetails().split("\n")) {
                int colon = line.indexOf(": ");
                if (colon < 0) {
                    continue;
                }
                String field = line.substring(0, colon);
                String values = line.substring(colon + 2);
                int arrow = values.indexOf(ARROW);
                if (arrow < 0) {
                    changes.add(new Change(labelKey(field), null, values));
                } else if (created) {
                    changes.add(new Change(labelKey(field), null, shown(values.substring(arrow + ARROW.length()))));
                } else {
                    changes.add(new Change(
                            labelKey(field),
                            shown(values.substring(0, arrow)),
                            shown(values.substring(arrow + ARROW.length()))));
                }
            }
        }
        return new LegalDocumentHistory(
                event.getOccurredAt(), event.getActor(), "legal.history." + event.getAction(), changes);
    }

    /** An empty value, written {@link FieldChanges#EMPTY} in the trail, is shown as an empty cell. */
    private static String shown(String value) {
        return FieldChanges.EMPTY.equals(value) ? "" : value;
    }

    private static String labelKey(String field) {
        return "legal.label." + field;
    }
}
