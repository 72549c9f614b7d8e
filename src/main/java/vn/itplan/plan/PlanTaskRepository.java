package vn.itplan.plan;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

    @EntityGraph(attributePaths = {"partnerUnitIds", "funding"})
    List<PlanTask> findByPlanIdOrderByPositionAscIdAsc(Long planId);

    /**
     * Budget per funding source (the sum of the tasks' lines of that source), cancelled tasks left out: one row per
     * source that has a line.
     */
    @Query("""
            select new vn.itplan.plan.BudgetTotal(f.source, count(t), sum(f.amount))
              from PlanTask t join t.funding f
             where t.planId = :planId and t.status <> vn.itplan.plan.TaskStatus.CANCELLED
             group by f.source
            """)
    List<BudgetTotal> budgetBySource(Long planId);

    @Query("select coalesce(max(t.position), 0) from PlanTask t where t.planId = :planId")
    int maxPosition(Long planId);
}
