package vn.itplan.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PlanSectionRepository extends JpaRepository<PlanSection, Long> {

    /** All sections of a plan, each sibling group in its order; the tree is built from this one query. */
    List<PlanSection> findByPlanIdOrderByPositionAscIdAsc(Long planId);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from PlanSection s where s.id in :ids")
    int deleteByIds(Collection<Long> ids);
}
