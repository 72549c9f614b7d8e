package vn.itplan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.IdEntity;

/** One state change: who did what to which record, and a summary of before/after. Append-only. */
@Entity
@Table(name = "audit_event")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AuditEvent extends IdEntity {

    static final int SUMMARY_LENGTH = 1000;
    static final int DETAILS_LENGTH = 20000;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(length = SUMMARY_LENGTH)
    private String summary;

    /** Field-level before/after, one "field: before → after" per line. */
    @Column(length = DETAILS_LENGTH)
    private String details;

    AuditEvent(
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            Long entityId,
            String summary,
            String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = truncate(summary, SUMMARY_LENGTH);
        this.details = truncate(details, DETAILS_LENGTH);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
