package vn.itplan.rollup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.indicator.DefinedIndicator;
import vn.itplan.indicator.Formula;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.period.PeriodKind;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.report.ExtraFieldService;
import vn.itplan.unit.UnitKind;
import vn.itplan.web.NotFoundException;

/**
 * Turns approved unit reports into figures: every indicator's stored formula (the version valid in the period's
 * year, {@link IndicatorService#defined()}) becomes SQL over the {@link vn.itplan.report.ReportMeasure measures} and
 * extra report fields ({@link FormulaSql}), summed per group of units; one {@link Figure} per indicator, the coverage
 * behind every figure, and the drill-down from a figure to its units (see {@code src/docs/indicators.md}). A roll-up
 * costs three statements (the period, the formulas, the per-unit rows with their group sums) whatever the number of
 * units and indicators.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class RollupService {

    private static final List<UnitKind.Group> GROUPS = List.of(UnitKind.Group.PROVINCIAL, UnitKind.Group.DISTRICT);

    private final RollupRepository repository;
    private final PeriodService periods;
    private final IndicatorService indicators;
    private final ExtraFieldService extraFields;

    public Rollup rollup(Long periodId, RollupScope scope) {
        ReportingPeriod period = periods.get(periodId);
        FormulaSql formulas = new FormulaSql(indicators.defined());
        return rollup(period, scope, formulas);
    }

    private Rollup rollup(ReportingPeriod period, RollupScope scope, FormulaSql formulas) {
        int year = period.getYear();
        List<RollupRepository.UnitTerms> rows = repository.unitRows(period.getId(), scope, formulas);
        List<UnitRow> units = new ArrayList<>();
        Map<UnitKind.Group, Map<String, Term>> sums = new EnumMap<>(UnitKind.Group.class);
        for (RollupRepository.UnitTerms row : rows) {
            RollupRepository.UnitRowData d = row.unit();
            boolean approved = "APPROVED".equals(d.state());
            units.add(new UnitRow(
                    d.unitId(),
                    d.code(),
                    d.name(),
                    d.kind(),
                    d.reportId(),
                    d.state(),
                    d.measures(),
                    figures(formulas, year, row.terms(), new Coverage(1, approved ? 1 : 0, List.of()))));
            sums.putIfAbsent(row.group(), row.groupTerms());
        }

        Map<UnitKind.Group, Coverage> coverageByGroup = new EnumMap<>(UnitKind.Group.class);
        Map<UnitKind.Group, Map<String, Figure>> figuresByGroup = new EnumMap<>(UnitKind.Group.class);
        Map<String, Term> total = new LinkedHashMap<>();
        for (UnitKind.Group group : GROUPS) {
            Coverage coverage = coverage(
                    units.stream().filter(u -> u.kind().group() == group).toList());
            Map<String, Term> terms = sums.getOrDefault(group, Map.of());
            coverageByGroup.put(group, coverage);
            figuresByGroup.put(group, figures(formulas, year, terms, coverage));
            terms.forEach((code, term) -> total.merge(code, term, Term::plus));
        }
        Coverage coverage = coverage(units);
        return new Rollup(
                period,
                scope,
                coverage,
                units,
                figures(formulas, year, total, coverage),
                figuresByGroup,
                coverageByGroup);
    }

    public Drilldown drilldown(Long periodId, String indicatorCode, RollupScope scope) {
        ReportingPeriod period = periods.get(periodId);
        FormulaSql formulas = new FormulaSql(indicators.defined());
        Formula formula = formulas.indicators().stream()
                .filter(i -> i.code().equals(indicatorCode))
                .findFirst()
                .flatMap(i -> i.formulaIn(period.getYear()))
                .orElseThrow(() -> new NotFoundException("indicator formula", indicatorCode));
        Rollup rollup = rollup(period, scope, formulas);
        List<Drilldown.Line> lines = new ArrayList<>();
        for (UnitRow unit : rollup.units()) {
            Figure own = unit.figures().get(indicatorCode);
            lines.add(
                    new Drilldown.Line(unit, own.numerator(), own.denominator(), unit.approved() ? own.value() : null));
        }
        return new Drilldown(
                period,
                scope,
                formula,
                rollup.figures().get(indicatorCode),
                name(formula.numerator(), formula),
                switch (formula.aggregation()) {
                    case COUNT_UNITS -> MeasureName.ofKey("rollup.measure.reports");
                    case AVERAGE -> MeasureName.ofKey("rollup.measure.answers");
                    case RATIO -> name(formula.denominator(), formula);
                    case SUM -> null;
                },
                lines);
    }

    /** Per annual (or other kind of) period id, the figures of its approved reports in scope: the trend. */
    public Map<Long, Map<String, Figure>> figuresByPeriod(PeriodKind kind, RollupScope scope) {
        FormulaSql formulas = new FormulaSql(indicators.defined());
        Map<Long, Map<String, Figure>> result = new java.util.HashMap<>();
        for (RollupRepository.PeriodTerms sums : repository.sumsByPeriod(kind.name(), scope, formulas)) {
            int reports = sums.reports().intValue();
            result.put(
                    sums.periodId(),
                    figures(formulas, sums.year(), sums.terms(), new Coverage(reports, reports, List.of())));
        }
        return result;
    }

    /** One unit's reports over time, newest period first, with per-indicator values where approved. */
    public List<UnitHistory> unitHistory(Long unitId) {
        FormulaSql formulas = new FormulaSql(indicators.defined());
        return repository.unitHistory(unitId, formulas).stream()
                .map(h -> new UnitHistory(
                        h.row(),
                        figures(
                                formulas,
                                h.year(),
                                h.terms(),
                                new Coverage(1, h.row().approved() ? 1 : 0, List.of()))))
                .toList();
    }

    /**
     * What a formula would give over all expected units of a period, without keeping it: the preview shown before
     * an indicator's definition is saved. Empty when the formula cannot be computed.
     */
    public Optional<Figure> preview(Long periodId, String code, int validFromYear, Formula formula) {
        ReportingPeriod period = periods.get(periodId);
        DefinedIndicator candidate =
                new DefinedIndicator(code, List.of(new DefinedIndicator.Version(validFromYear, formula)));
        FormulaSql formulas = new FormulaSql(List.of(candidate));
        return rollup(period, RollupScope.ALL, formulas).figure(code);
    }

    public record UnitHistory(UnitPeriodRow row, Map<String, Figure> figures) {}

    private MeasureName name(Formula.MeasureRef ref, Formula formula) {
        if (ref.measure() != null) {
            return MeasureName.ofKey("rollup.measure." + ref.measure());
        }
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return MeasureName.ofText(
                extraFields.find(ref.fieldId()).map(f -> f.label(locale)).orElse(""));
    }

    /** The figure of every indicator that has a formula in the year, in catalogue order. */
    private static Map<String, Figure> figures(
            FormulaSql formulas, int year, Map<String, Term> terms, Coverage coverage) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (DefinedIndicator indicator : formulas.indicators()) {
            indicator
                    .formulaIn(year)
                    .ifPresent(formula -> figures.put(
                            indicator.code(),
                            Figure.of(
                                    indicator.code(),
                                    formula,
                                    terms.getOrDefault(indicator.code(), Term.NONE),
                                    coverage)));
        }
        return figures;
    }

    private static Coverage coverage(List<UnitRow> units) {
        List<UnitRow> missing = units.stream().filter(u -> !u.approved()).toList();
        return new Coverage(units.size(), units.size() - missing.size(), missing);
    }
}
