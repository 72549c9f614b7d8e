package vn.itplan.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.indicator.Indicator;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.period.PeriodKind;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.Rollup;
import vn.itplan.rollup.RollupScope;
import vn.itplan.rollup.RollupService;
import vn.itplan.unit.UnitKind;

/**
 * The roll-up as a plan sees it: the baseline figures and the targets' progress. The one place that decides whether
 * a target is met ({@link #status}), for the plan page, the figures page, the dashboard and the exports; the rule is
 * in {@code src/docs/indicators.md}. A bounded number of statements: the plan, its targets, the catalogue, the
 * periods, the per-kind sums that find the latest period of the plan's year with approved reports, and up to three
 * roll-ups.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class PlanFiguresService {

    private final PlanService plans;
    private final RollupService rollups;
    private final PeriodService periods;
    private final IndicatorService indicators;

    public PlanFigures figures(Long planId) {
        Plan plan = plans.get(planId);
        ReportingPeriod baselinePeriod =
                plan.getBaselinePeriodId() == null ? null : periods.get(plan.getBaselinePeriodId());
        // the exports list each unit's measures of the baseline period
        Rollup baseline = baselinePeriod == null
                ? null
                : rollups.rollup(baselinePeriod.getId(), RollupScope.ALL, RollupService.UnitDetail.MEASURES);

        List<PlanFigures.FigureRow> rows = new ArrayList<>();
        if (baseline != null) {
            for (Indicator indicator : indicators.findAll()) {
                baseline.figure(indicator.getCode())
                        .ifPresent(f -> rows.add(new PlanFigures.FigureRow(
                                indicator,
                                f,
                                baseline.figuresByGroup()
                                        .get(UnitKind.Group.PROVINCIAL)
                                        .get(indicator.getCode()),
                                baseline.figuresByGroup()
                                        .get(UnitKind.Group.DISTRICT)
                                        .get(indicator.getCode()))));
            }
        }

        Progress progress = progress(plan, baselinePeriod, baseline, true);
        return new PlanFigures(baselinePeriod, baseline, rows, progress.actualPeriod(), progress.targets());
    }

    /**
     * The targets' progress of the plan the dashboard shows for a year (the plan of that year, else the plan whose
     * baseline is that year's annual period), judged by the same rule as the plan page; empty without such a plan.
     * Without the previous year's figures, which the dashboard does not show.
     */
    public Optional<PlanFigures.PlanTargets> targetsFor(int year) {
        return targetsFor(year, null);
    }

    /**
     * The same, reusing {@code known} (a roll-up over all units the caller has already computed, e.g. the dashboard's
     * figures) when it is the period the targets are judged on.
     */
    public Optional<PlanFigures.PlanTargets> targetsFor(int year, Rollup known) {
        Rollup reusable = known != null && known.scope().equals(RollupScope.ALL) ? known : null;
        return plans.planForTargets(year).map(plan -> {
            Progress progress = progress(plan, reusable == null ? null : reusable.period(), reusable, false);
            return new PlanFigures.PlanTargets(
                    plan.getId(), plan.getNumber(), plan.getYear(), progress.actualPeriod(), progress.targets());
        });
    }

    private record Progress(ReportingPeriod actualPeriod, List<PlanFigures.TargetProgress> targets) {}

    /**
     * Each target against its figure in the plan's year (see {@link #latestWithApprovedReports}) over all units,
     * and against the previous year's annual figure. Reuses the baseline roll-up when it is the same period.
     */
    private Progress progress(Plan plan, ReportingPeriod baselinePeriod, Rollup baseline, boolean withPrevious) {
        List<ReportingPeriod> all = periods.findAll();
        ReportingPeriod actualPeriod =
                latestWithApprovedReports(plan.getYear(), all).orElse(null);
        Rollup actual = actualPeriod == null
                ? null
                : samePeriod(actualPeriod, baselinePeriod)
                        ? baseline
                        : rollups.rollup(actualPeriod.getId(), RollupScope.ALL);
        Rollup previous = !withPrevious
                ? null
                : all.stream()
                        .filter(p -> p.getKind() == PeriodKind.ANNUAL && p.getYear() == plan.getYear() - 1)
                        .findFirst()
                        .map(p -> samePeriod(p, baselinePeriod) ? baseline : rollups.rollup(p.getId(), RollupScope.ALL))
                        .orElse(null);

        List<PlanFigures.TargetProgress> progress = new ArrayList<>();
        for (PlanViews.TargetView target : plans.targets(plan.getId())) {
            String code = target.indicator().getCode();
            Figure actualFigure = actual == null ? null : actual.figures().get(code);
            Figure previousFigure = previous == null ? null : previous.figures().get(code);
            progress.add(new PlanFigures.TargetProgress(
                    target, actualFigure, previousFigure, status(target, actualFigure, actualPeriod)));
        }
        return new Progress(actualPeriod, progress);
    }

    /** By id: a roll-up kept from another request carries its own copy of the period. */
    private static boolean samePeriod(ReportingPeriod a, ReportingPeriod b) {
        return a != null && b != null && a.getId().equals(b.getId());
    }

    /**
     * The period whose figure a target of a plan for {@code year} is compared with: the annual period of that year if
     * it has approved reports, else its latest half-year that has, else its latest quarter that has.
     */
    private Optional<ReportingPeriod> latestWithApprovedReports(int year, List<ReportingPeriod> all) {
        java.util.Set<Long> withReports = rollups.periodsWithApprovedReports();
        for (PeriodKind kind : List.of(PeriodKind.ANNUAL, PeriodKind.SEMI_ANNUAL, PeriodKind.QUARTERLY)) {
            Optional<ReportingPeriod> found = all.stream()
                    .filter(p -> p.getYear() == year && p.getKind() == kind && withReports.contains(p.getId()))
                    .max(Comparator.comparing(ReportingPeriod::getEndDate));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a target is met: achieved when the figure reaches the target (even on partial data: a count of units
     * only grows); else no verdict on partial data; else on track when the progress from the target's baseline
     * keeps pace with the share of the year the period covers, behind otherwise.
     */
    static ProgressStatus status(PlanViews.TargetView target, Figure actual, ReportingPeriod period) {
        if (actual == null || actual.comparable() == null) {
            return ProgressStatus.NO_DATA;
        }
        BigDecimal value = actual.comparable();
        BigDecimal goal = target.target().getTargetValue();
        if (value.compareTo(goal) >= 0) {
            return ProgressStatus.ACHIEVED;
        }
        if (actual.coverage().partial()) {
            return ProgressStatus.PARTIAL_DATA;
        }
        BigDecimal start = target.target().getBaselineValue() == null
                ? BigDecimal.ZERO
                : target.target().getBaselineValue();
        if (goal.compareTo(start) <= 0) {
            return ProgressStatus.BEHIND;
        }
        BigDecimal progress = value.subtract(start).divide(goal.subtract(start), 4, RoundingMode.HALF_UP);
        return progress.compareTo(elapsedShareOfYear(period)) >= 0 ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND;
    }

    /** How much of the year the period covers, from 1 January to its end: 0,25 for a first quarter, 1 for a year. */
    static BigDecimal elapsedShareOfYear(ReportingPeriod period) {
        var yearStart = period.getEndDate().withDayOfYear(1);
        long days = ChronoUnit.DAYS.between(yearStart, period.getEndDate()) + 1;
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(yearStart.lengthOfYear()), 4, RoundingMode.HALF_UP);
    }
}
