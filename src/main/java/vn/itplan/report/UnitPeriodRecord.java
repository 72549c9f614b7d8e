package vn.itplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.VersionedEntity;

/**
 * What a status report, a deadline extension and a request for one have in common: each is about one unit in one
 * period, and that pair never changes once the row exists (how many rows a pair may have is each table's unique key:
 * one report, one extension, one pending request). All are edited, so all carry the id and version of
 * {@link VersionedEntity}.
 */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
abstract class UnitPeriodRecord extends VersionedEntity {

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "period_id", nullable = false, updatable = false)
    private Long periodId;

    protected UnitPeriodRecord(Long unitId, Long periodId) {
        this.unitId = unitId;
        this.periodId = periodId;
    }
}
