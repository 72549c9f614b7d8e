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

    AuditFilter filter() {
        return AuditFilter.of(actor, action, entityType, from, to);
    }
}
