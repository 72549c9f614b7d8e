package vn.itplan.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportSnapshotRepository extends JpaRepository<ReportSnapshot, Long> {

    /** The newest first. */
    List<ReportSnapshot> findTop2ByReportIdAndKindOrderByTakenAtDescIdDesc(Long reportId, ReportSnapshot.Kind kind);
}
