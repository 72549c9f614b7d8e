package vn.itplan.plan;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

    @EntityGraph(attributePaths = "partnerUnitIds")
    List<PlanTask> findByPlanIdOrderByPositionAscIdAsc(Long planId);

    /** Budget per funding source, cancelled tasks left out: one row per source that has tasks. */
    @Query("""
            select new vn.itplan.plan.BudgetTotal(t.fundingSource, count(t), sum(t.budget))
              from PlanTask t
             where t.planId = :planId and t.status <> vn.itplan.plan.TaskStatus.CANCELLED
             group by t.fundingSource
            """)
    List<BudgetTotal> budgetBySource(Long planId);

    @Query("select coalesce(max(t.position), 0) from PlanTask t where t.planId = :planId")
    int maxPosition(Long planId);
}
