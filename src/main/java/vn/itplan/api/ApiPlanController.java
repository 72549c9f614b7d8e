package vn.itplan.api;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.itplan.api.ApiViews.PeriodView;
import vn.itplan.api.ApiViews.PlanView;
import vn.itplan.api.ApiViews.TargetView;
import vn.itplan.plan.PlanFigures;
import vn.itplan.plan.PlanFiguresService;
import vn.itplan.plan.PlanService;
import vn.itplan.plan.PlanStatus;
import vn.itplan.plan.PlanViews;

/**
 * {@code /api/v1/plans}: the plans (leaders and staff, as {@code /plans}) and a plan's figures: the current status
 * from its baseline period and each target against its actual value, from {@link PlanFiguresService}, the very
 * numbers of the plan page and the exports.
 */
@RequiredArgsConstructor
@RestController
@RequestMapping("/api/v1/plans")
class ApiPlanController {

    private final PlanService plans;
    private final PlanFiguresService figures;

    @GetMapping
    PageOf<PlanView> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) PlanStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        List<PlanView> all = plans.listByYear().stream()
                .flatMap(group -> group.plans().stream())
                .map(PlanViews.PlanRow::plan)
                .filter(p -> year == null || p.getYear() == year)
                .filter(p -> status == null || p.getStatus() == status)
                .map(PlanView::of)
                .toList();
        return PageOf.slice(all, page, size);
    }

    @GetMapping("/{id}")
    PlanView plan(@PathVariable Long id) {
        return PlanView.of(plans.get(id));
    }

    @GetMapping("/{id}/figures")
    ApiViews.PlanFigures planFigures(@PathVariable Long id) {
        PlanFigures f = figures.figures(id);
        java.util.Locale locale = LocaleContextHolder.getLocale();
        List<ApiViews.FigureView> rows = f.figures().stream()
                .map(r -> ApiViews.FigureView.of(
                        r.figure(), r.indicator(), r.indicator().name(locale)))
                .toList();
        List<TargetView> targets = f.targets().stream()
                .map(t -> new TargetView(
                        t.code(),
                        t.target().indicator().name(locale),
                        t.target().target().getBaselineValue(),
                        t.targetValue(),
                        t.actualValue(),
                        t.previousValue(),
                        t.status() == null ? null : t.status().name()))
                .toList();
        return new ApiViews.PlanFigures(
                PlanView.of(plans.get(id)),
                f.baselinePeriod() == null ? null : PeriodView.of(f.baselinePeriod()),
                rows,
                f.actualPeriod() == null ? null : PeriodView.of(f.actualPeriod()),
                targets);
    }
}
