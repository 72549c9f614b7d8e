package vn.itplan.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExtensionRequestRepository extends JpaRepository<ExtensionRequest, Long> {

    /** The unit's pending request in the period, if any. */
    Optional<ExtensionRequest> findByPendingUnitIdAndPeriodId(Long unitId, Long periodId);

    /** The unit's latest request in the period (pending or decided). */
    Optional<ExtensionRequest> findFirstByUnitIdAndPeriodIdOrderByRequestedAtDescIdDesc(Long unitId, Long periodId);

    /** All of the unit's requests, the latest first. */
    List<ExtensionRequest> findByUnitIdOrderByRequestedAtDescIdDesc(Long unitId);
}
