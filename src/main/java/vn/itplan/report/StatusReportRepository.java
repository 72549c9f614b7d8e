package vn.itplan.report;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StatusReportRepository extends JpaRepository<StatusReport, Long> {

    Optional<StatusReport> findByUnitIdAndPeriodId(Long unitId, Long periodId);

    List<StatusReport> findByUnitId(Long unitId);

    /** The report with its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from StatusReport r where r.id = :id")
    Optional<StatusReport> findLockedById(@Param("id") Long id);

    /**
     * Inserts the unit's draft report for the period unless it exists: 1 if this call created it, 0 if it was there
     * (or another transaction inserted it meanwhile: PostgreSQL waits for that one to end). Never raises a
     * duplicate key, so two requests starting the same report at once both go on with the one row.
     */
    @Modifying(flushAutomatically = true)
    @Query(
            nativeQuery = true,
            value = "insert into status_report (unit_id, period_id, state, created_at, created_by, updated_at,"
                    + " updated_by, version) values (:unitId, :periodId, 'DRAFT', :now, :actor, :now, :actor, 0)"
                    + " on conflict do nothing")
    int insertIfAbsent(
            @Param("unitId") Long unitId,
            @Param("periodId") Long periodId,
            @Param("actor") String actor,
            @Param("now") Instant now);

    List<StatusReport> findByUnitIdAndStateAndPeriodIdIn(Long unitId, ReportState state, Collection<Long> periodIds);
}
