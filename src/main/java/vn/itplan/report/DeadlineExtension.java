package vn.itplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A later deadline for one unit in one period, granted by IT staff. Until it passes the unit may still
 * edit and submit in a closed period, and its timeliness is judged against it.
 */
@Entity
@Table(name = "deadline_extension")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class DeadlineExtension extends UnitPeriodRecord {

    @Column(name = "extended_to", nullable = false)
    private LocalDate extendedTo;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "granted_by", nullable = false, length = 64)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    DeadlineExtension(Long unitId, Long periodId) {
        super(unitId, periodId);
    }

    void grant(LocalDate extendedTo, String reason, String grantedBy, Instant grantedAt) {
        this.extendedTo = extendedTo;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }
}
