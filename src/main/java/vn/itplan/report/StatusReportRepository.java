package vn.itplan.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatusReportRepository extends JpaRepository<StatusReport, Long> {

    Optional<StatusReport> findByUnitIdAndPeriodId(Long unitId, Long periodId);

    List<StatusReport> findByUnitId(Long unitId);

    List<StatusReport> findByUnitIdAndStateAndPeriodIdIn(Long unitId, ReportState state, Collection<Long> periodIds);
}
