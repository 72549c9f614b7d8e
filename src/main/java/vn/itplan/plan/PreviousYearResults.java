package vn.itplan.plan;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.plan.PlanViews.TaskView;

/**
 * "Kết quả thực hiện Kế hoạch năm N" for a plan of year N+1: the issued plan of year N, each of its targets with its
 * actual figure and verdict (decided by {@link PlanFiguresService}, as everywhere), how many were met, and its tasks
 * with their progress and budget spent. The plan page and the document read it from here.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class PreviousYearResults {

    private final PlanFiguresService figures;
    private final PlanService plans;

    /** The results of the plan before {@code plan}; empty when year N has no issued plan. */
    public Optional<Results> of(Plan plan) {
        int year = plan.getYear() - 1;
        return figures.targetsFor(year)
                .filter(t -> t.planYear() == year && !t.planId().equals(plan.getId()))
                .flatMap(t -> Optional.of(plans.get(t.planId()))
                        .filter(Plan::isIssued)
                        .map(previous -> new Results(
                                previous,
                                t.targets(),
                                t.targets().stream()
                                        .filter(p -> p.status() == ProgressStatus.ACHIEVED)
                                        .count(),
                                plans.tasks(previous.getId()))));
    }

    /**
     * The previous plan's results.
     *
     * @param met how many of its targets were met ("đạt x/y chỉ tiêu")
     */
    public record Results(Plan plan, List<PlanFigures.TargetProgress> targets, long met, List<TaskView> tasks) {

        public int year() {
            return plan.getYear();
        }

        public boolean met(PlanFigures.TargetProgress target) {
            return target.status() == ProgressStatus.ACHIEVED;
        }
    }
}
