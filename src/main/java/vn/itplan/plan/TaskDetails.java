package vn.itplan.plan;

import java.time.LocalDate;
import java.util.Set;

/** A task's values, cleaned: what {@link PlanTask#edit} takes and what the edit's audit compares. */
record TaskDetails(
        String name,
        String goal,
        Long leadUnitId,
        Set<Long> partnerUnitIds,
        LocalDate startDate,
        LocalDate endDate,
        long budget,
        FundingSource fundingSource,
        TaskStatus status,
        int progress,
        String note) {}
