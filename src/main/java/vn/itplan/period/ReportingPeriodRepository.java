package vn.itplan.period;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    List<ReportingPeriod> findAllByOrderByYearDescKindAscSeqDesc();

    List<ReportingPeriod> findByOpenTrue();

    Optional<ReportingPeriod> findByYearAndKindAndSeq(int year, PeriodKind kind, int seq);
}
