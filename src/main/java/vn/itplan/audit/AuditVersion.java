package vn.itplan.audit;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that changes whenever a state change is audited, on every instance: every state change of the portal
 * records an {@link AuditEvent} in its own transaction ({@link AuditService}), so the audit trail's latest id tells
 * whether anything changed. Cached figures are keyed by it ({@code rollup.FiguresCache}).
 *
 * <p>The latest id alone would miss a transaction that took its id before another one that committed first (ids are
 * handed out at insert, not at commit), so the value also counts the events among the last {@value #WINDOW} ids: when
 * the slower transaction commits, the count changes. One statement over the primary key's index.
 */
@Component
public class AuditVersion {

    /** How many of the latest ids the count looks at: far more than the transactions open at any time. */
    static final int WINDOW = 1000;

    private final JdbcTemplate jdbc;
    private final AtomicLong recordedHere = new AtomicLong();

    AuditVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The audit trail's version as the database has it now, "latest id/events among the latest ids", over the events
     * whose entity type is not one of {@code ignoredTypes} (records a reader knows it does not depend on).
     */
    public String current(Set<String> ignoredTypes) {
        String counted = ignoredTypes.isEmpty()
                ? "true"
                : "entity_type not in (" + String.join(", ", Collections.nCopies(ignoredTypes.size(), "?")) + ")";
        String sql = "select m.last_id, (select count(*) from audit_event e where e.id > m.last_id - " + WINDOW
                + " and " + counted + ") as recent"
                + " from (select coalesce(max(id), 0) as last_id from audit_event where " + counted + ") m";
        Object[] args = new Object[ignoredTypes.size() * 2];
        List<String> types = List.copyOf(ignoredTypes);
        for (int i = 0; i < args.length; i++) {
            args[i] = types.get(i % types.size());
        }
        return jdbc.queryForObject(sql, (rs, row) -> rs.getLong("last_id") + "/" + rs.getLong("recent"), args);
    }

    /**
     * How many events this instance has recorded (counted when recorded and again when their transaction ends): a
     * version read earlier in a request is read again once this moves.
     */
    public long recordedHere() {
        return recordedHere.get();
    }

    /** Called by {@link AuditService} for every event, inside the transaction that records it. */
    void recorded() {
        recordedHere.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    recordedHere.incrementAndGet();
                }
            });
        }
    }
}
