package vn.itplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A unit's request for a later deadline in one period: pending until IT staff grant it (a {@link DeadlineExtension},
 * through {@link DeadlineService#grant}) or refuse it with a reason. At most one pending request per unit and period
 * (the unique key on {@code pending_unit_id}, which is the unit while pending and null once decided); decided
 * requests stay as the history.
 */
@Entity
@Table(name = "extension_request")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ExtensionRequest extends UnitPeriodRecord {

    /** Where a request stands. */
    enum State {
        PENDING,
        GRANTED,
        REFUSED;

        String messageKey() {
            return "report.extensionRequest.state." + name();
        }
    }

    @Column(name = "requested_to", nullable = false, updatable = false)
    private LocalDate requestedTo;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "requested_by", nullable = false, length = 64, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state;

    /** The unit while the request is pending, else null: the unique key that allows one pending request. */
    @Column(name = "pending_unit_id")
    private Long pendingUnitId;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "granted_to")
    private LocalDate grantedTo;

    @Column(length = 500)
    private String refusal;

    ExtensionRequest(
            Long unitId, Long periodId, LocalDate requestedTo, String reason, String requestedBy, Instant requestedAt) {
        super(unitId, periodId);
        this.requestedTo = requestedTo;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.state = State.PENDING;
        this.pendingUnitId = unitId;
    }

    boolean isPending() {
        return state == State.PENDING;
    }

    /** Staff granted an extension to {@code grantedTo} while this request was pending. */
    void grant(LocalDate grantedTo, String by, Instant at) {
        decide(State.GRANTED, by, at);
        this.grantedTo = grantedTo;
    }

    /** Staff refused it, saying why. */
    void refuse(String refusal, String by, Instant at) {
        decide(State.REFUSED, by, at);
        this.refusal = refusal;
    }

    private void decide(State decision, String by, Instant at) {
        if (!isPending()) {
            throw new IllegalStateException("extension request " + getId() + " is already " + state);
        }
        this.state = decision;
        this.pendingUnitId = null;
        this.decidedBy = by;
        this.decidedAt = at;
    }
}
