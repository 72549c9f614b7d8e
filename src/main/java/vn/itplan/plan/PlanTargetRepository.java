package vn.itplan.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTargetRepository extends JpaRepository<PlanTarget, Long> {

    List<PlanTarget> findByPlanIdOrderByIdAsc(Long planId);

    boolean existsByPlanIdAndIndicatorIdAndIdNot(Long planId, Long indicatorId, Long id);

    boolean existsByPlanIdAndIndicatorId(Long planId, Long indicatorId);
}
