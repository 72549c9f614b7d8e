package vn.itplan.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every state change goes through here, inside the transaction that makes the change. */
@Slf4j
@RequiredArgsConstructor
@Service
public class AuditService {

    /** Newest first; the id breaks ties between events of the same instant. */
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditEventRepository events;
    private final Clock clock;
    private final AuditVersion version;

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String entityType, Long entityId, String summary) {
        record(actor, action, entityType, entityId, summary, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String entityType, Long entityId, String summary, String details) {
        events.save(new AuditEvent(Instant.now(clock), actor, action, entityType, entityId, summary, details));
        version.recorded();
        // The operator's log of state changes: what, which record, who; never the summary or details (personal data).
        log.info("{} {} {} by {}", action, entityType, entityId, actor);
    }

    /** A new record, with the values it was created with (a {@link FieldChanges#snapshot()}) in the details. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordCreation(
            String actor, String action, String entityType, Long entityId, String summary, Map<String, String> values) {
        record(
                actor,
                action,
                entityType,
                entityId,
                summary,
                FieldChanges.between(Map.of(), values).details());
    }

    /**
     * An edit, when it changed anything: "LABEL: field, field" with each field's before and after in the details.
     * Nothing is recorded for an edit that changed nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChanges(
            String actor, String action, String entityType, Long entityId, String label, FieldChanges changes) {
        if (!changes.isEmpty()) {
            record(actor, action, entityType, entityId, label + ": " + changes.names(), changes.details());
        }
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(String entityType, Long entityId) {
        return events.findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(entityType, entityId);
    }

    /**
     * One page of the trail, newest first whatever sort the pageable asks for, optionally only one entity
     * type and/or one actor (exact values; null or blank means any).
     */
    @Transactional(readOnly = true)
    public Page<AuditEvent> search(String entityType, String actor, Pageable pageable) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        boolean byType = entityType != null && !entityType.isBlank();
        boolean byActor = actor != null && !actor.isBlank();
        if (byType && byActor) {
            return events.findByEntityTypeAndActor(entityType, actor, newestFirst);
        }
        if (byType) {
            return events.findByEntityType(entityType, newestFirst);
        }
        if (byActor) {
            return events.findByActor(actor, newestFirst);
        }
        return events.findAll(newestFirst);
    }

    /**
     * One page of the trail matching a filter (every part optional: user, action, record type, first and last
     * day in Vietnam's time), newest first.
     */
    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return events.findAll(filter.specification(), newestFirst);
    }

    /** The actions that occur in the trail, for a filter. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return events.findActions();
    }

    /** The entity types that occur in the trail, for a filter. */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return events.findEntityTypes();
    }

    /** The actors that occur in the trail, for a filter. */
    @Transactional(readOnly = true)
    public List<String> actors() {
        return events.findActors();
    }
}
