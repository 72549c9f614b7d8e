package vn.itplan.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.itplan.indicator.Aggregation;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.period.PeriodKind;
import vn.itplan.plan.PlanFiguresService;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.Rollup;
import vn.itplan.rollup.RollupScope;
import vn.itplan.rollup.RollupService;
import vn.itplan.rollup.UnitRow;
import vn.itplan.unit.UnitKind;
import vn.itplan.unit.UnitService;

/**
 * Builds the leadership dashboard from the roll-up's SQL aggregates. The number of statements is bounded
 * whatever the number of units or years: the periods, the per-year sums, the report counts, the units, and three
 * roll-ups (the figures' year, the year before for rank changes, the completeness period).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** The headline cards, in order. */
    public static final List<String> KPI_CODES = List.of("UD04", "UD02", "HT01", "HT03", "HT09");
    /** Indicators compared between provincial bodies and districts. */
    public static final List<String> ADOPTION_CODES = List.of("HT04", "HT09", "UD02", "UD04", "UD05");
    /** Indicators followed over the years. */
    public static final List<String> TREND_CODES = List.of("UD04", "UD02", "UD05", "HT09");

    private final RollupService rollups;
    private final PeriodService periods;
    private final UnitService units;
    private final RankingCalculator ranking;
    private final PlanFiguresService targets;
    private final IndicatorService indicators;
    private final MessageSource messages;
    private final JsonMapper json;

    DashboardService(RollupService rollups, PeriodService periods, UnitService units, RankingCalculator ranking,
                     PlanFiguresService targets, IndicatorService indicators, MessageSource messages, JsonMapper json) {
        this.rollups = rollups;
        this.periods = periods;
        this.units = units;
        this.ranking = ranking;
        this.targets = targets;
        this.indicators = indicators;
        this.messages = messages;
        this.json = json;
    }

    public DashboardView build(DashboardFilters filters, Locale locale) {
        RollupScope scope = RollupScope.of(filters.group(), filters.unit());
        if (filters.unit() != null) {
            units.get(filters.unit()); // 404 for an unknown unit
        }
        List<ReportingPeriod> allPeriods = periods.findAll();
        List<ReportingPeriod> annual = allPeriods.stream().filter(p -> p.getKind() == PeriodKind.ANNUAL)
                .sorted(Comparator.comparingInt(ReportingPeriod::getYear)).toList();
        Map<Long, Map<String, Figure>> byYear = rollups.figuresByPeriod(PeriodKind.ANNUAL, scope);

        ReportingPeriod figuresPeriod = figuresPeriod(filters.year(), annual, byYear);
        Rollup figures = figuresPeriod == null ? null : rollups.rollup(figuresPeriod.getId(), scope);
        Rollup previous = previousYear(figuresPeriod, annual)
                .map(p -> rollups.rollup(p.getId(), scope)).orElse(null);
        Ranking ranked = figures == null ? null : ranking.rank(figures, previous);

        ReportingPeriod completenessPeriod = completenessPeriod(filters.period(), allPeriods);
        DashboardView.Completeness completeness = completenessPeriod == null ? null
                : completeness(completenessPeriod, rollups.rollup(completenessPeriod.getId(), scope));

        Map<String, BigDecimal> yearTargets = figuresPeriod == null ? Map.of() : targets.targetsFor(figuresPeriod.getYear());
        List<DashboardView.Kpi> kpis = figures == null ? List.of() : kpis(figures, yearTargets);
        List<DashboardView.TrendPoint> trend = annual.stream().filter(p -> byYear.containsKey(p.getId()))
                .map(p -> new DashboardView.TrendPoint(p.getYear(), byYear.get(p.getId()))).toList();

        List<Integer> years = annual.stream().map(ReportingPeriod::getYear).sorted(Comparator.reverseOrder()).toList();
        Map<String, String> names = indicators.namesByCode(locale);
        return new DashboardView(filters, allPeriods, years, units.findAll(), figuresPeriod, figures, completeness,
                kpis, trend, ranked, yearTargets, names,
                charts(figures, completeness, trend, yearTargets, names, locale));
    }

    /** The requested year's annual period, or the latest annual period with approved reports. */
    private static ReportingPeriod figuresPeriod(Integer year, List<ReportingPeriod> annual,
                                                 Map<Long, Map<String, Figure>> byYear) {
        if (year != null) {
            return annual.stream().filter(p -> p.getYear() == year).findFirst().orElse(null);
        }
        return annual.stream().filter(p -> byYear.containsKey(p.getId()))
                .max(Comparator.comparingInt(ReportingPeriod::getYear)).orElse(null);
    }

    private static Optional<ReportingPeriod> previousYear(ReportingPeriod period, List<ReportingPeriod> annual) {
        return period == null ? Optional.empty()
                : annual.stream().filter(p -> p.getYear() == period.getYear() - 1).findFirst();
    }

    /** The requested period, or the latest period (by end date) in which any report exists. */
    private ReportingPeriod completenessPeriod(Long requested, List<ReportingPeriod> all) {
        if (requested != null) {
            return all.stream().filter(p -> p.getId().equals(requested)).findFirst()
                    .orElseThrow(() -> new vn.itplan.web.NotFoundException("period", requested));
        }
        Map<Long, Integer> counts = rollups.reportCountsByPeriod();
        return all.stream().filter(p -> counts.getOrDefault(p.getId(), 0) > 0)
                .max(Comparator.comparing(ReportingPeriod::getEndDate).thenComparing(p -> p.getKind() == PeriodKind.ANNUAL ? 0 : 1))
                .orElse(null);
    }

    static DashboardView.Completeness completeness(ReportingPeriod period, Rollup rollup) {
        int notStarted = 0, draft = 0, submitted = 0, returned = 0, approved = 0, onTime = 0, late = 0;
        List<UnitRow> pending = new ArrayList<>();
        for (UnitRow unit : rollup.units()) {
            String state = unit.reportState() == null ? "NONE" : unit.reportState();
            switch (state) {
                case "DRAFT" -> draft++;
                case "SUBMITTED" -> submitted++;
                case "RETURNED" -> returned++;
                case "APPROVED" -> approved++;
                default -> notStarted++;
            }
            if (unit.submitted()) {
                if (unit.onTime()) {
                    onTime++;
                } else {
                    late++;
                }
            }
            if (!unit.approved()) {
                pending.add(unit);
            }
        }
        return new DashboardView.Completeness(period, rollup.units().size(), notStarted, draft, submitted, returned,
                approved, onTime, late, pending);
    }

    private static List<DashboardView.Kpi> kpis(Rollup figures, Map<String, BigDecimal> targets) {
        List<DashboardView.Kpi> kpis = new ArrayList<>();
        for (String code : KPI_CODES) {
            Figure figure = figures.figures().get(code);
            BigDecimal target = targets.get(code);
            Boolean met = target == null || figure.comparable() == null ? null : figure.comparable().compareTo(target) >= 0;
            kpis.add(new DashboardView.Kpi(code, figure, target, met));
        }
        return kpis;
    }

    /** Chart data, serialised once here; the page puts it in a data attribute (escaped, never a script). */
    private String charts(Rollup figures, DashboardView.Completeness completeness,
                          List<DashboardView.TrendPoint> trend, Map<String, BigDecimal> targets,
                          Map<String, String> names, Locale locale) {
        Map<String, Object> charts = new LinkedHashMap<>();
        Map<String, Object> labels = new LinkedHashMap<>(names);
        for (String key : List.of("dashboard.chart.provincial", "dashboard.chart.district", "dashboard.chart.actual",
                "dashboard.chart.target", "dashboard.state.NONE", "dashboard.state.DRAFT", "dashboard.state.SUBMITTED",
                "dashboard.state.RETURNED", "dashboard.state.APPROVED", "dashboard.chart.percentOfUnits")) {
            labels.put(key, messages.getMessage(key, null, locale));
        }
        charts.put("labels", labels);
        if (figures != null) {
            Map<String, Object> adoption = new LinkedHashMap<>();
            adoption.put("codes", ADOPTION_CODES);
            for (UnitKind.Group group : List.of(UnitKind.Group.PROVINCIAL, UnitKind.Group.DISTRICT)) {
                adoption.put(group.name(), ADOPTION_CODES.stream()
                        .map(code -> percentOfUnits(figures.figuresByGroup().get(group).get(code))).toList());
            }
            charts.put("adoption", adoption);

            List<String> targetCodes = targets.keySet().stream().filter(c -> figures.figures().containsKey(c)).sorted().toList();
            Map<String, Object> targetChart = new LinkedHashMap<>();
            targetChart.put("codes", targetCodes);
            targetChart.put("actual", targetCodes.stream().map(c -> figures.figures().get(c).comparable()).toList());
            targetChart.put("target", targetCodes.stream().map(targets::get).toList());
            charts.put("targets", targetChart);
        }
        Map<String, Object> trendChart = new LinkedHashMap<>();
        trendChart.put("years", trend.stream().map(DashboardView.TrendPoint::year).toList());
        for (String code : TREND_CODES) {
            trendChart.put(code, trend.stream().map(t -> percentOfUnits(t.figures().get(code))).toList());
        }
        charts.put("trend", trendChart);
        if (completeness != null) {
            charts.put("states", List.of(completeness.notStarted(), completeness.draft(), completeness.submitted(),
                    completeness.returned(), completeness.approved()));
        }
        return json.writeValueAsString(charts);
    }

    /** A count of units as a percentage of the counted units, or the figure itself for other indicators. */
    static BigDecimal percentOfUnits(Figure figure) {
        if (figure == null) {
            return null;
        }
        BigDecimal share = figure.shareOfUnits();
        if (figure.aggregation() == Aggregation.COUNT_UNITS) {
            return share == null ? null : share.multiply(BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP);
        }
        return figure.value();
    }


}
