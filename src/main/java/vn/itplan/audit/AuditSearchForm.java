package vn.itplan.audit;

import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.UserText;

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
        this.actor = UserText.stripToNull(actor);
    }

    public void setAction(String action) {
        this.action = UserText.stripToNull(action);
    }

    public void setEntityType(String entityType) {
        this.entityType = UserText.stripToNull(entityType);
    }

    AuditFilter filter() {
        return AuditFilter.of(actor, action, entityType, from, to);
    }
}
