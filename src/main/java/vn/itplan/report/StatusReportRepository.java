package vn.itplan.report;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StatusReportRepository extends JpaRepository<StatusReport, Long> {

    Optional<StatusReport> findByUnitIdAndPeriodId(Long unitId, Long periodId);

    List<StatusReport> findByUnitId(Long unitId);

    /** The report with its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from StatusReport r where r.id = :id")
    Optional<StatusReport> findLockedById(@Param("id") Long id);

    List<StatusReport> findByUnitIdAndStateAndPeriodIdIn(Long unitId, ReportState state, Collection<Long> periodIds);
}
