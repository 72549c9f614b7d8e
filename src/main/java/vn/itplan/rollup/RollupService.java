package vn.itplan.rollup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.period.PeriodKind;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.unit.UnitKind;
import vn.itplan.web.NotFoundException;

/**
 * Turns approved unit reports into figures: SQL aggregates of the {@link vn.itplan.report.ReportMeasure measures}
 * per group of units, one {@link Figure} per {@link IndicatorFormula}, the coverage behind every figure, and the
 * drill-down from a figure to its units (see {@code src/docs/indicators.md}). A roll-up costs three statements
 * (the period, the per-group sums, the per-unit rows) whatever the number of units.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class RollupService {

    private static final List<UnitKind.Group> GROUPS = List.of(UnitKind.Group.PROVINCIAL, UnitKind.Group.DISTRICT);

    private final RollupRepository repository;
    private final PeriodService periods;

    public Rollup rollup(Long periodId, RollupScope scope) {
        ReportingPeriod period = periods.get(periodId);
        List<UnitRow> units = repository.unitRows(periodId, scope);
        Map<UnitKind.Group, Measures> sums = repository.sumsByGroup(periodId, scope);

        Map<UnitKind.Group, Coverage> coverageByGroup = new EnumMap<>(UnitKind.Group.class);
        Map<UnitKind.Group, Map<String, Figure>> figuresByGroup = new EnumMap<>(UnitKind.Group.class);
        Measures total = Measures.NONE;
        for (UnitKind.Group group : GROUPS) {
            Coverage coverage = coverage(
                    units.stream().filter(u -> u.kind().group() == group).toList());
            Measures measures = sums.getOrDefault(group, Measures.NONE);
            coverageByGroup.put(group, coverage);
            figuresByGroup.put(group, figures(measures, coverage));
            total = total.plus(measures);
        }
        Coverage coverage = coverage(units);
        return new Rollup(period, scope, coverage, units, figures(total, coverage), figuresByGroup, coverageByGroup);
    }

    public Drilldown drilldown(Long periodId, String indicatorCode, RollupScope scope) {
        IndicatorFormula formula = IndicatorFormula.of(indicatorCode)
                .orElseThrow(() -> new NotFoundException("indicator formula", indicatorCode));
        Rollup rollup = rollup(periodId, scope);
        List<Drilldown.Line> lines = new ArrayList<>();
        for (UnitRow unit : rollup.units()) {
            Measures m = unit.measures();
            lines.add(new Drilldown.Line(
                    unit, formula.numerator(m), formula.denominator(m), unit.approved() ? formula.value(m) : null));
        }
        return new Drilldown(rollup.period(), scope, formula, rollup.figures().get(formula.name()), lines);
    }

    /** Per annual (or other kind of) period id, the figures of its approved reports in scope: the trend. */
    public Map<Long, Map<String, Figure>> figuresByPeriod(PeriodKind kind, RollupScope scope) {
        Map<Long, Map<String, Figure>> result = new java.util.HashMap<>();
        repository
                .sumsByPeriod(kind.name(), scope)
                .forEach((periodId, measures) -> result.put(
                        periodId,
                        figures(
                                measures,
                                new Coverage(
                                        measures.reports().intValue(),
                                        measures.reports().intValue(),
                                        List.of()))));
        return result;
    }

    /** One unit's reports over time, newest period first, with per-indicator values where approved. */
    public List<UnitHistory> unitHistory(Long unitId) {
        return repository.unitHistory(unitId).stream()
                .map(row -> new UnitHistory(
                        row, figures(row.measures(), new Coverage(1, row.approved() ? 1 : 0, List.of()))))
                .toList();
    }

    public record UnitHistory(UnitPeriodRow row, Map<String, Figure> figures) {}

    private static Map<String, Figure> figures(Measures measures, Coverage coverage) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (IndicatorFormula formula : IndicatorFormula.values()) {
            figures.put(formula.name(), Figure.of(formula, measures, coverage));
        }
        return figures;
    }

    private static Coverage coverage(List<UnitRow> units) {
        List<UnitRow> missing = units.stream().filter(u -> !u.approved()).toList();
        return new Coverage(units.size(), units.size() - missing.size(), missing);
    }
}
