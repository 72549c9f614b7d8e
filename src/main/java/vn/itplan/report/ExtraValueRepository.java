package vn.itplan.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExtraValueRepository extends JpaRepository<ExtraValue, ExtraValue.Key> {

    List<ExtraValue> findByReportId(Long reportId);

    List<ExtraValue> findByReportIdIn(Collection<Long> reportIds);

    boolean existsByFieldId(Long fieldId);
}
