package vn.itplan.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.period.PeriodKind;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.plan.PlanFigures;
import vn.itplan.plan.PlanFiguresService;
import vn.itplan.report.BoardCounts;
import vn.itplan.report.BoardScope;
import vn.itplan.report.ReportBoardService;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.KeyIndicators;
import vn.itplan.rollup.Rollup;
import vn.itplan.rollup.RollupScope;
import vn.itplan.rollup.RollupService;
import vn.itplan.rollup.UnitRow;
import vn.itplan.web.NotFoundException;

/**
 * The leader's overview from numbers computed elsewhere, once, as the dashboard reads them: completeness from the
 * completeness board ({@link ReportBoardService#counts}), figures from the roll-up over all units, the targets'
 * status from the plan ({@link PlanFiguresService#targetsFor}), the indicators from {@link KeyIndicators#HEADLINE}.
 * The number of statements is bounded whatever the number of units or years: the periods, the reports per period,
 * and per period shown its counts and one roll-up, then the year's targets.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class LeaderOverviewService {

    private final PeriodService periods;
    private final ReportBoardService boards;
    private final RollupService rollups;
    private final PlanFiguresService targets;

    /** The latest quarter (by end date) that has reports, then its year; without quarterly reports, the latest year. */
    public LeaderOverview overview() {
        return overview(null);
    }

    /** The same for a chosen quarter (null: the latest with reports). */
    LeaderOverview overview(Long quarterId) {
        List<ReportingPeriod> all = periods.findAll();
        Map<Long, Integer> reports = boards.reportCountsByPeriod();
        Optional<ReportingPeriod> quarter = quarterId == null
                ? latestWithReports(all, reports, PeriodKind.QUARTERLY)
                : Optional.of(all.stream()
                        .filter(p -> p.getId().equals(quarterId))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("period", quarterId)));
        Optional<Integer> year = quarter.or(() -> latestWithReports(all, reports, PeriodKind.ANNUAL))
                .map(ReportingPeriod::getYear);
        if (year.isEmpty()) {
            return LeaderOverview.EMPTY;
        }
        // the latest annual figures up to that year (last year's, while this year's annual reports are not in)
        Optional<ReportingPeriod> latestAnnual = latestWithReports(
                all.stream().filter(p -> p.getYear() <= year.get()).toList(), reports, PeriodKind.ANNUAL);
        PlanFigures.PlanTargets planTargets = targets.targetsFor(year.get()).orElse(null);
        Optional<ReportingPeriod> annual = all.stream()
                .filter(p -> p.getKind() == PeriodKind.ANNUAL
                        && p.getYear() == year.get()
                        && reports.getOrDefault(p.getId(), 0) > 0)
                .findFirst();
        return new LeaderOverview(
                year.get(),
                quarter.map(p -> section(p, planTargets)).orElse(null),
                annual.map(p -> section(p, planTargets)).orElse(null),
                latestAnnual.orElse(null),
                planTargets);
    }

    /** A period's counts (the board's rule and statement), its figures over all units and its key indicators. */
    private LeaderOverview.Section section(ReportingPeriod period, PlanFigures.PlanTargets planTargets) {
        BoardCounts counts = boards.counts(period.getId(), BoardScope.ALL);
        Rollup rollup = rollups.rollup(period.getId(), RollupScope.ALL);
        List<UnitRow> pending =
                rollup.units().stream().filter(u -> !u.approved()).toList();
        List<DashboardView.Kpi> kpis = KeyIndicators.HEADLINE.stream()
                .filter(code -> rollup.figures().get(code) != null)
                .map(code -> kpi(code, rollup.figures().get(code), planTargets))
                .toList();
        return new LeaderOverview.Section(
                period, new DashboardView.Completeness(period, counts, pending), rollup.coverage(), kpis);
    }

    private static DashboardView.Kpi kpi(String code, Figure figure, PlanFigures.PlanTargets planTargets) {
        return new DashboardView.Kpi(
                code,
                null,
                figure,
                planTargets == null ? null : planTargets.of(code).orElse(null));
    }

    private static Optional<ReportingPeriod> latestWithReports(
            List<ReportingPeriod> all, Map<Long, Integer> reports, PeriodKind kind) {
        return all.stream()
                .filter(p -> p.getKind() == kind && reports.getOrDefault(p.getId(), 0) > 0)
                .max(Comparator.comparing(ReportingPeriod::getEndDate));
    }
}
