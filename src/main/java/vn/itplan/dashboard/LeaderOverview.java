package vn.itplan.dashboard;

import java.util.List;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.plan.PlanFigures;
import vn.itplan.rollup.Coverage;

/**
 * The leader's landing page, computed by {@link LeaderOverviewService}: the latest quarter that has reports, then the
 * annual period of its year. {@code year} is null when no period has any report; {@code quarter} is null without
 * quarterly reports, {@code annual} without reports in the year's annual period; {@code latestAnnual} is the latest
 * annual period with reports up to the year (an earlier year when the year has none yet); {@code planTargets} is null when no plan sets
 * targets for the year.
 */
public record LeaderOverview(
        Integer year,
        Section quarter,
        Section annual,
        ReportingPeriod latestAnnual,
        PlanFigures.PlanTargets planTargets) {

    static final LeaderOverview EMPTY = new LeaderOverview(null, null, null, null, null);

    /** No period has any report yet: the page says so and shows nothing else. */
    public boolean empty() {
        return year == null;
    }

    /**
     * One period: the completeness board's counts (and the units without an approved report), what its figures rest
     * on, and the key indicators with their targets' progress ({@link DashboardView.Kpi}, as on the dashboard).
     */
    public record Section(
            ReportingPeriod period,
            DashboardView.Completeness completeness,
            Coverage coverage,
            List<DashboardView.Kpi> kpis) {}
}
