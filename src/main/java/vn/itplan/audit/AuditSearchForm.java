package vn.itplan.audit;

import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/** The audit trail's filters as typed: a date that is not one is reported next to its field and ignored. */
@Getter
@Setter
class AuditSearchForm {

    private String actor;
    private String action;
    private String entityType;
    private LocalDate from;
    private LocalDate to;

    public void setActor(String actor) {
        this.actor = trimToNull(actor);
    }

    public void setAction(String action) {
        this.action = trimToNull(action);
    }

    public void setEntityType(String entityType) {
        this.entityType = trimToNull(entityType);
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    AuditFilter filter() {
        return AuditFilter.of(actor, action, entityType, from, to);
    }
}
