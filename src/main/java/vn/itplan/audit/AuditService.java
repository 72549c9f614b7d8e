package vn.itplan.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every state change goes through here, inside the transaction that makes the change. */
@Service
public class AuditService {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String entityType, Long entityId, String summary) {
        record(actor, action, entityType, entityId, summary, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String entityType, Long entityId, String summary, String details) {
        events.save(new AuditEvent(Instant.now(clock), actor, action, entityType, entityId, summary, details));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(String entityType, Long entityId) {
        return events.findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(entityType, entityId);
    }
}
