package vn.itplan.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineExtensionRepository extends JpaRepository<DeadlineExtension, Long> {

    Optional<DeadlineExtension> findByUnitIdAndPeriodId(Long unitId, Long periodId);

    List<DeadlineExtension> findByUnitId(Long unitId);
}
