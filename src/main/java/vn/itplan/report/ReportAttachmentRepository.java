package vn.itplan.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportAttachmentRepository extends JpaRepository<ReportAttachment, Long> {

    List<ReportAttachment> findByReportIdOrderByUploadedAtAscIdAsc(Long reportId);

    Optional<ReportAttachment> findByIdAndReportId(Long id, Long reportId);

    long countByReportId(Long reportId);
}
