package vn.itplan.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanLegalBasisRepository extends JpaRepository<PlanLegalBasis, Long> {

    List<PlanLegalBasis> findByPlanIdOrderByPositionAscIdAsc(Long planId);

    boolean existsByPlanIdAndLegalDocumentId(Long planId, Long legalDocumentId);
}
