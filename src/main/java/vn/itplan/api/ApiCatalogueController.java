package vn.itplan.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.itplan.api.ApiViews.FigureView;
import vn.itplan.api.ApiViews.PeriodFigures;
import vn.itplan.api.ApiViews.PeriodView;
import vn.itplan.api.ApiViews.UnitView;
import vn.itplan.indicator.Indicator;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.period.PeriodKind;
import vn.itplan.period.PeriodService;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.rollup.Coverage;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.Rollup;
import vn.itplan.rollup.RollupScope;
import vn.itplan.rollup.RollupService;
import vn.itplan.security.CurrentUser;
import vn.itplan.unit.UnitKind;
import vn.itplan.unit.UnitService;

/**
 * {@code /api/v1/units} and {@code /api/v1/periods}: the catalogues every signed-in user (or token) reads (a unit
 * admin only their own unit, as on the unit pages), and a
 * period's figures from its approved reports ({@code rollup.RollupService}, the dashboard's numbers; leaders and
 * staff, as {@code /figures}).
 */
@RequiredArgsConstructor
@RestController
@RequestMapping("/api/v1")
class ApiCatalogueController {

    private final UnitService units;
    private final PeriodService periods;
    private final RollupService rollups;
    private final IndicatorService indicators;

    @GetMapping("/units")
    PageOf<UnitView> units(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) UnitKind kind,
            @RequestParam(required = false) UnitKind.Group group,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Boolean reporting,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        List<UnitView> all = units.findAll().stream()
                .filter(u -> units.isVisible(u.getId(), user))
                .filter(u -> code == null || u.getCode().equalsIgnoreCase(code.strip()))
                .filter(u -> kind == null || u.getKind() == kind)
                .filter(u -> group == null || u.getKind().group() == group)
                .filter(u -> active == null || u.isActive() == active)
                .filter(u -> reporting == null || u.isReporting() == reporting)
                .map(UnitView::of)
                .toList();
        return PageOf.slice(all, page, size);
    }

    @GetMapping("/units/{id}")
    UnitView unit(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return UnitView.of(units.getVisible(id, user));
    }

    @GetMapping("/periods")
    PageOf<PeriodView> periods(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) PeriodKind kind,
            @RequestParam(required = false) Boolean open,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        List<PeriodView> all = periods.findAll().stream()
                .filter(p -> year == null || p.getYear() == year)
                .filter(p -> kind == null || p.getKind() == kind)
                .filter(p -> open == null || p.isOpen() == open)
                .sorted(Comparator.comparing(ReportingPeriod::getStartDate)
                        .reversed()
                        .thenComparing(ReportingPeriod::getEndDate))
                .map(PeriodView::of)
                .toList();
        return PageOf.slice(all, page, size);
    }

    @GetMapping("/periods/{id}")
    PeriodView period(@PathVariable Long id) {
        return PeriodView.of(periods.get(id));
    }

    /** The period's figures over its approved reports: every unit, or one group (PROVINCIAL, DISTRICT). */
    @GetMapping("/periods/{id}/figures")
    PeriodFigures periodFigures(@PathVariable Long id, @RequestParam(required = false) UnitKind.Group group) {
        Rollup rollup = rollups.rollup(id, RollupScope.ALL);
        Map<String, Figure> figures = group == null || group == UnitKind.Group.PROVINCE
                ? rollup.figures()
                : rollup.figuresByGroup().getOrDefault(group, Map.of());
        Coverage coverage = group == null || group == UnitKind.Group.PROVINCE
                ? rollup.coverage()
                : rollup.coverageByGroup().get(group);
        return new PeriodFigures(
                PeriodView.of(rollup.period()),
                group == null ? null : group.name(),
                coverage == null ? 0 : coverage.expected(),
                coverage == null ? 0 : coverage.approved(),
                figureViews(figures, indicators.findAll()));
    }

    /** The figures in catalogue order (indicators without a formula have none). */
    static List<FigureView> figureViews(Map<String, Figure> figures, List<Indicator> catalogue) {
        Map<String, Indicator> byCode =
                catalogue.stream().collect(Collectors.toMap(Indicator::getCode, Function.identity(), (a, b) -> a));
        return catalogue.stream()
                .filter(i -> figures.containsKey(i.getCode()))
                .map(i -> FigureView.of(
                        figures.get(i.getCode()), byCode.get(i.getCode()), i.name(LocaleContextHolder.getLocale())))
                .toList();
    }
}
