package vn.itplan.rollup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * units and indicators. The roll-ups, the trend and the drill-downs are kept in {@link FiguresCache} until the data
 * they rest on changes (any audited change, or a new day): a page that asks twice, or a second page, reads them from
 * there.
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
    private final FiguresCache cache;

    /** What was asked of the cache: a roll-up, the trend, the periods with approved reports, the formulas. */
    private record RollupQuestion(Long periodId, RollupScope scope, UnitDetail detail) {}

    private record TrendQuestion(PeriodKind kind, RollupScope scope, Set<String> codes) {}

    private enum Question {
        PERIODS_WITH_APPROVED_REPORTS,
        FORMULAS
    }

    /** The figures of a period over a scope, and its expected units with their report state (no per-unit values). */
    public Rollup rollup(Long periodId, RollupScope scope) {
        return rollup(periodId, scope, UnitDetail.NONE);
    }

    /** The same, each unit row carrying what {@code detail} asks for: its own figures of some indicators, its measures. */
    public Rollup rollup(Long periodId, RollupScope scope, UnitDetail detail) {
        return rollup(periodId, scope, detail, defined());
    }

    private Rollup rollup(Long periodId, RollupScope scope, UnitDetail detail, List<DefinedIndicator> defined) {
        return cache.get(new RollupQuestion(periodId, scope, detail), r -> weight(r, detail), () -> {
            ReportingPeriod period = periods.get(periodId);
            return rollup(period, scope, new FormulaSql(defined), detail);
        });
    }

    /** The formulas of every indicator (kept like the figures: a formula's change is audited). */
    private List<DefinedIndicator> defined() {
        return cache.get(Question.FORMULAS, d -> 1, indicators::defined);
    }

    /** Roughly how many small objects a roll-up holds: its unit rows, their figures and measures. */
    private static int weight(Rollup rollup, UnitDetail detail) {
        return rollup.units().size() * (1 + detail.indicators().size() + (detail.measures() ? 20 : 0));
    }

    /**
     * What a roll-up's unit rows carry besides the unit and its report state: its measures ({@link UnitRow#measures()},
     * null otherwise) and its own figures of the indicators named ({@link UnitRow#figures()}, empty otherwise). The
     * figures of the scope and of its groups are always there, summed by the database.
     */
    public record UnitDetail(boolean measures, Set<String> indicators) {

        public static final UnitDetail NONE = new UnitDetail(false, Set.of());
        public static final UnitDetail MEASURES = new UnitDetail(true, Set.of());

        public UnitDetail {
            indicators = Set.copyOf(indicators);
        }

        public static UnitDetail figuresOf(Collection<String> codes) {
            return new UnitDetail(false, Set.copyOf(codes));
        }
    }

    private Rollup rollup(ReportingPeriod period, RollupScope scope, FormulaSql formulas, UnitDetail detail) {
        int year = period.getYear();
        RollupRepository.RollupRows rows = repository.rows(period.getId(), scope, formulas, detail);
        List<UnitRow> units = new ArrayList<>();
        for (RollupRepository.UnitData d : rows.units()) {
            boolean approved = "APPROVED".equals(d.state());
            units.add(new UnitRow(
                    d.unitId(),
                    d.code(),
                    d.name(),
                    d.kind(),
                    d.reportId(),
                    d.state(),
                    d.measures(),
                    figures(
                            formulas,
                            year,
                            d.terms(),
                            new Coverage(1, approved ? 1 : 0, List.of()),
                            d.terms().keySet())));
        }

        Map<UnitKind.Group, Coverage> coverageByGroup = new EnumMap<>(UnitKind.Group.class);
        Map<UnitKind.Group, Map<String, Figure>> figuresByGroup = new EnumMap<>(UnitKind.Group.class);
        Map<String, Term> total = new LinkedHashMap<>();
        for (UnitKind.Group group : GROUPS) {
            Coverage coverage = coverage(
                    units.stream().filter(u -> u.kind().group() == group).toList());
            Map<String, Term> terms = rows.sums().getOrDefault(group, Map.of());
            coverageByGroup.put(group, coverage);
            figuresByGroup.put(group, figures(formulas, year, terms, coverage, null));
            terms.forEach((code, term) -> total.merge(code, term, Term::plus));
        }
        Coverage coverage = coverage(units);
        return new Rollup(
                period,
                scope,
                coverage,
                units,
                figures(formulas, year, total, coverage, null),
                figuresByGroup,
                coverageByGroup);
    }

    public Drilldown drilldown(Long periodId, String indicatorCode, RollupScope scope) {
        List<DefinedIndicator> defined = defined();
        Rollup rollup = rollup(periodId, scope, UnitDetail.figuresOf(List.of(indicatorCode)), defined);
        ReportingPeriod period = rollup.period();
        Formula formula = defined.stream()
                .filter(i -> i.code().equals(indicatorCode))
                .findFirst()
                .flatMap(i -> i.formulaIn(period.getYear()))
                .orElseThrow(() -> new NotFoundException("indicator formula", indicatorCode));
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

    /**
     * Per annual (or other kind of) period id that has approved reports in scope, the figures of the indicators
     * {@code codes} over them: the trend.
     */
    public Map<Long, Map<String, Figure>> figuresByPeriod(
            PeriodKind kind, RollupScope scope, Collection<String> codes) {
        List<DefinedIndicator> defined = defined();
        return cache.get(
                new TrendQuestion(kind, scope, Set.copyOf(codes)),
                trend -> trend.size(),
                () -> trend(kind, scope, codes, defined));
    }

    private Map<Long, Map<String, Figure>> trend(
            PeriodKind kind, RollupScope scope, Collection<String> codes, List<DefinedIndicator> defined) {
        FormulaSql formulas = new FormulaSql(
                defined.stream().filter(i -> codes.contains(i.code())).toList());
        Map<Long, Map<String, Figure>> result = new java.util.HashMap<>();
        for (RollupRepository.PeriodTerms sums : repository.sumsByPeriod(kind.name(), scope, formulas)) {
            int reports = sums.reports().intValue();
            result.put(
                    sums.periodId(),
                    figures(formulas, sums.year(), sums.terms(), new Coverage(reports, reports, List.of()), null));
        }
        return Map.copyOf(result);
    }

    /** The ids of the periods in which an expected unit has an approved report (one statement, no formulas). */
    public Set<Long> periodsWithApprovedReports() {
        return cache.get(
                Question.PERIODS_WITH_APPROVED_REPORTS,
                Set::size,
                () -> Set.copyOf(
                        repository.approvedReportCounts(RollupScope.ALL).keySet()));
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
                                new Coverage(1, h.row().approved() ? 1 : 0, List.of()),
                                null)))
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
        return rollup(period, RollupScope.ALL, formulas, UnitDetail.NONE).figure(code);
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

    /**
     * The figure of every indicator (or of those in {@code codes}, when not null) that has a formula in the year, in
     * catalogue order.
     */
    private static Map<String, Figure> figures(
            FormulaSql formulas, int year, Map<String, Term> terms, Coverage coverage, Set<String> codes) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (DefinedIndicator indicator : formulas.indicators()) {
            if (codes != null && !codes.contains(indicator.code())) {
                continue;
            }
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
