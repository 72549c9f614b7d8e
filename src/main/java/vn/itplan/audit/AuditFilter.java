package vn.itplan.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import vn.itplan.web.PortalClock;
import vn.itplan.web.UserText;

/**
 * What the audit trail is narrowed to: a user, an action, a record type (exact values) and a range of days
 * (inclusive, in Vietnam's time). Null means "any".
 */
public record AuditFilter(String actor, String action, String entityType, LocalDate from, LocalDate to) {

    public static AuditFilter of(String actor, String action, String entityType, LocalDate from, LocalDate to) {
        return new AuditFilter(
                UserText.stripToNull(actor), UserText.stripToNull(action), UserText.stripToNull(entityType), from, to);
    }

    public boolean isEmpty() {
        return actor == null && action == null && entityType == null && from == null && to == null;
    }

    Specification<AuditEvent> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (actor != null) {
                where.add(cb.equal(root.get("actor"), actor));
            }
            if (action != null) {
                where.add(cb.equal(root.get("action"), action));
            }
            if (entityType != null) {
                where.add(cb.equal(root.get("entityType"), entityType));
            }
            if (from != null) {
                Instant start = from.atStartOfDay(PortalClock.ZONE).toInstant();
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), start));
            }
            if (to != null) {
                Instant end = to.plusDays(1).atStartOfDay(PortalClock.ZONE).toInstant();
                where.add(cb.lessThan(root.get("occurredAt"), end));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
