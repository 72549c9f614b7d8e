package vn.itplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A task's values, cleaned: what {@link PlanTask#edit} takes and what the edit's audit compares. */
record TaskDetails(
        String name,
        String goal,
        Long leadUnitId,
        Set<Long> partnerUnitIds,
        LocalDate startDate,
        LocalDate endDate,
        List<FundingLine> funding,
        Long budgetUsed,
        TaskStatus status,
        int progress,
        String note) {

    /** The sum of the funding lines, in đồng. */
    long budget() {
        return funding.stream().mapToLong(FundingLine::getAmount).reduce(0, Math::addExact);
    }
}
