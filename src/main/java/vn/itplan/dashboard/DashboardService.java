package vn.itplan.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.period.PeriodKind;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.plan.PlanFigures;
import vn.itplan.plan.PlanFiguresService;
import vn.itplan.report.BoardScope;
import vn.itplan.report.ReportBoardService;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.FiguresCache;
import vn.itplan.rollup.KeyIndicators;
import vn.itplan.rollup.Rollup;
import vn.itplan.rollup.RollupScope;
import vn.itplan.rollup.RollupService;
import vn.itplan.rollup.UnitRow;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.NotFoundException;

/**
 * Builds the leadership dashboard from numbers computed elsewhere, once: the figures from the roll-up, the
 * completeness counts from the completeness board ({@link ReportBoardService#counts}), the targets' status from the
 * plan ({@link PlanFiguresService#targetsFor}), the indicators shown from {@link KeyIndicators}. The number of
 * statements is bounded whatever the number of units or years, and no statement runs twice: the roll-up of the
 * figures' period serves the ranking, the pending units and the targets. The roll-ups, the trend, the ranking, the
 * board's counts and the unit directory of the filter are kept in {@link FiguresCache} until the data changes.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final RollupService rollups;
    private final PeriodService periods;
    private final UnitService units;
    private final RankingCalculator ranking;
    private final PlanFiguresService targets;
    private final ReportBoardService boards;
    private final IndicatorService indicators;
    private final FiguresCache cache;

    /** What the dashboard asks the cache besides the roll-ups. */
    private record RankingQuestion(Long periodId, Long previousPeriodId, RollupScope scope) {}

    private record CountsQuestion(Long periodId, RollupScope scope) {}

    private enum Question {
        REPORT_COUNTS_BY_PERIOD,
        UNIT_DIRECTORY
    }

    /** How many units the unit filter's search lists at most. */
    static final int MAX_MATCHES = 10;

    public DashboardView build(DashboardFilters filters) {
        RollupScope scope = RollupScope.of(filters.group(), filters.unit());
        if (filters.unit() != null) {
            units.get(filters.unit()); // 404 for an unknown unit
        }
        List<ReportingPeriod> allPeriods = periods.findAll();
        List<ReportingPeriod> series = allPeriods.stream()
                .filter(p -> p.getKind() == filters.figuresKind())
                .sorted(Comparator.comparing(ReportingPeriod::getEndDate))
                .toList();
        Map<Long, Map<String, Figure>> byPeriod =
                rollups.figuresByPeriod(filters.figuresKind(), scope, KeyIndicators.TREND);

        ReportingPeriod figuresPeriod = figuresPeriod(filters, series, byPeriod);
        RollupService.UnitDetail ranked = ranking.unitDetail();
        Rollup figures = figuresPeriod == null ? null : rollups.rollup(figuresPeriod.getId(), scope, ranked);
        Rollup previous = previousYear(figuresPeriod, series)
                .map(p -> rollups.rollup(p.getId(), scope, ranked))
                .orElse(null);
        Ranking ranks = figures == null
                ? null
                : cache.get(
                        new RankingQuestion(
                                figures.period().getId(),
                                previous == null ? null : previous.period().getId(),
                                scope),
                        r -> r.entries().size() * 2 + r.unranked().size(),
                        () -> ranking.rank(figures, previous));

        ReportingPeriod completenessPeriod = completenessPeriod(filters.period(), allPeriods);
        DashboardView.Completeness completeness =
                completenessPeriod == null ? null : completeness(completenessPeriod, scope, figures);

        PlanFigures.PlanTargets planTargets = figuresPeriod == null
                ? null
                : targets.targetsFor(figuresPeriod.getYear(), figures).orElse(null);
        Map<String, String> frameworkCodes =
                filters.framework() == null ? keyIndicators() : indicators.codesIn(filters.framework());
        List<DashboardView.Kpi> kpis = figures == null
                ? List.of()
                : frameworkCodes.entrySet().stream()
                        .filter(e -> figures.figures().get(e.getKey()) != null)
                        .map(e -> new DashboardView.Kpi(
                                e.getKey(),
                                e.getValue(),
                                figures.figures().get(e.getKey()),
                                planTargets == null
                                        ? null
                                        : planTargets.of(e.getKey()).orElse(null)))
                        .toList();
        List<DashboardView.TrendPoint> trend = series.stream()
                .filter(p -> byPeriod.containsKey(p.getId()))
                .map(p -> new DashboardView.TrendPoint(p, byPeriod.get(p.getId())))
                .toList();

        List<Integer> years = allPeriods.stream()
                .filter(p -> p.getKind() == PeriodKind.ANNUAL)
                .map(ReportingPeriod::getYear)
                .sorted(Comparator.reverseOrder())
                .toList();
        return new DashboardView(
                filters,
                allPeriods,
                years,
                unitOptions(filters.unit()),
                figuresPeriod,
                figures,
                completeness,
                kpis,
                trend,
                ranks,
                planTargets);
    }

    /**
     * The board's counts for the period over the dashboard's scope, and the units without an approved report (from the
     * figures' roll-up when it is the same period).
     */
    private DashboardView.Completeness completeness(ReportingPeriod period, RollupScope scope, Rollup figures) {
        var counts = cache.get(
                new CountsQuestion(period.getId(), scope),
                c -> 1,
                () -> boards.counts(period.getId(), new BoardScope(scope.group(), scope.subtreeRootId())));
        Rollup rollup = figures != null && figures.period().getId().equals(period.getId())
                ? figures
                : rollups.rollup(period.getId(), scope);
        List<UnitRow> pending =
                rollup.units().stream().filter(u -> !u.approved()).toList();
        return new DashboardView.Completeness(period, counts, pending);
    }

    /**
     * The unit filter's choices: the top two levels of the tree and the units that have units under them (the
     * province, its bodies and districts; a ministry's provinces), not every commune, and the chosen unit; any other unit is found by code or name ({@link #findUnits}).
     */
    private List<DashboardView.UnitOption> unitOptions(Long chosen) {
        return directory().stream()
                .filter(u -> u.level() <= 1 || u.branch() || u.id().equals(chosen))
                .toList();
    }

    /**
     * The units whose code is {@code text} (one), else whose name or code contains it, ignoring case and accents; at
     * most {@value #MAX_MATCHES} (the caller tells "more" by asking for one more).
     */
    public List<DashboardView.UnitOption> findUnits(String text, int max) {
        String wanted = DashboardView.UnitOption.folded(text);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<DashboardView.UnitOption> all = directory();
        List<DashboardView.UnitOption> byCode = all.stream()
                .filter(u -> DashboardView.UnitOption.folded(u.code()).equals(wanted))
                .toList();
        if (byCode.size() == 1) {
            return byCode;
        }
        return all.stream().filter(u -> u.matches(wanted)).limit(max).toList();
    }

    /** Every unit in tree order, small (kept: a unit's change is audited). */
    private List<DashboardView.UnitOption> directory() {
        return cache.get(Question.UNIT_DIRECTORY, List::size, () -> {
            List<Unit> all = units.findAll();
            java.util.Set<Long> parents = new java.util.HashSet<>();
            all.forEach(u -> {
                if (u.getParentId() != null) {
                    parents.add(u.getParentId());
                }
            });
            return all.stream()
                    .map(u -> new DashboardView.UnitOption(
                            u.getId(), u.getCode(), u.displayName(), u.getLevel(), parents.contains(u.getId())))
                    .toList();
        });
    }

    /** The headline cards without a framework: the key indicators, with no framework code. */
    private static Map<String, String> keyIndicators() {
        Map<String, String> codes = new LinkedHashMap<>();
        KeyIndicators.HEADLINE.forEach(code -> codes.put(code, null));
        return codes;
    }

    /**
     * The figures' period: the requested year's annual period or its requested quarter; without a year, the latest
     * such period with approved reports.
     */
    private static ReportingPeriod figuresPeriod(
            DashboardFilters filters, List<ReportingPeriod> series, Map<Long, Map<String, Figure>> byPeriod) {
        List<ReportingPeriod> candidates = series.stream()
                .filter(p -> filters.quarter() == null || p.getSeq() == filters.quarter())
                .toList();
        if (filters.year() != null) {
            return candidates.stream()
                    .filter(p -> p.getYear() == filters.year())
                    .findFirst()
                    .orElse(null);
        }
        return candidates.stream()
                .filter(p -> byPeriod.containsKey(p.getId()))
                .max(Comparator.comparing(ReportingPeriod::getEndDate))
                .orElse(null);
    }

    /** The same period a year before (the ranking's "change" compares like with like, a quarter with its quarter). */
    private static Optional<ReportingPeriod> previousYear(ReportingPeriod period, List<ReportingPeriod> series) {
        return period == null
                ? Optional.empty()
                : series.stream()
                        .filter(p -> p.getYear() == period.getYear() - 1 && p.getSeq() == period.getSeq())
                        .findFirst();
    }

    /** The requested period, or the latest period (by end date) in which any report exists. */
    private ReportingPeriod completenessPeriod(Long requested, List<ReportingPeriod> all) {
        if (requested != null) {
            return all.stream()
                    .filter(p -> p.getId().equals(requested))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("period", requested));
        }
        Map<Long, Integer> counts =
                cache.get(Question.REPORT_COUNTS_BY_PERIOD, Map::size, boards::reportCountsByPeriod);
        return all.stream()
                .filter(p -> counts.getOrDefault(p.getId(), 0) > 0)
                .max(Comparator.comparing(ReportingPeriod::getEndDate)
                        .thenComparing(p -> p.getKind() == PeriodKind.ANNUAL ? 0 : 1))
                .orElse(null);
    }
}
