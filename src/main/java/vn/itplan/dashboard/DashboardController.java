package vn.itplan.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.itplan.indicator.FrameworkCode;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.security.CurrentUser;
import vn.itplan.unit.UnitKind;
import vn.itplan.web.PageLinks;

/**
 * {@code /dashboard}: where the province stands, for leaders and staff. Filters travel in the URL. A page built for
 * thousands of units names a few of them: the ranking's top and bottom {@value #RANKING_ENDS} and the user's own
 * unit with its neighbours (the whole ranking page by page with {@code ranking=all&page=<n>}), the first pending units; the
 * unit filter offers the top of the tree and finds any other unit by code or name ({@code find}). The numbers come
 * from {@link DashboardService}; the words (indicator names, chart labels) are looked up here, in the user's language.
 */
@RequiredArgsConstructor
@Controller
@EnableConfigurationProperties(RankingProperties.class)
class DashboardController {

    private static final List<String> CHART_LABELS = List.of(
            "dashboard.chart.provincial",
            "dashboard.chart.district",
            "dashboard.chart.actual",
            "dashboard.chart.target",
            "dashboard.chart.percentOfUnits");

    /** The frameworks the headline cards can be grouped by; another value in the URL shows the key indicators. */
    static final List<String> FRAMEWORKS = List.of(FrameworkCode.DTI, FrameworkCode.ICT_INDEX);

    /** How many units the ranking shows at its top and at its bottom, and how many around the user's own unit. */
    static final int RANKING_ENDS = 10;

    static final int RANKING_AROUND = 2;

    /** Units per page of the whole ranking. */
    static final int RANKING_PAGE = 50;

    /** {@code ranking=all}: the whole ranking, page by page. */
    static final String ALL = "all";

    private final DashboardService dashboards;
    private final DashboardCharts charts;
    private final IndicatorService indicators;
    private final MessageSource messages;

    @GetMapping("/dashboard")
    String dashboard(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter,
            @RequestParam(required = false) Long period,
            @RequestParam(required = false) UnitKind.Group group,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String find,
            @RequestParam(required = false) String ranking,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model) {
        String knownFramework = framework != null && FRAMEWORKS.contains(framework) ? framework : null;
        Integer knownQuarter = quarter != null && quarter >= 1 && quarter <= 4 ? quarter : null;
        String search = find == null || find.isBlank() ? null : find.strip();
        List<DashboardView.UnitOption> matches =
                search == null ? List.of() : dashboards.findUnits(search, DashboardService.MAX_MATCHES + 1);
        // a unit found by its code or name wins over the drop-down, which then shows it
        boolean found = matches.size() == 1;
        Long chosenUnit = found ? matches.get(0).id() : unit;
        DashboardView view =
                dashboards.build(new DashboardFilters(year, knownQuarter, period, group, chosenUnit, knownFramework));
        Map<String, String> names = indicators.namesByCode(locale);
        Map<String, String> labels = new LinkedHashMap<>(names);
        CHART_LABELS.forEach(key -> labels.put(key, messages.getMessage(key, null, locale)));
        DashboardCharts.STATES.forEach(state ->
                labels.put("dashboard.state." + state, messages.getMessage("dashboard.state." + state, null, locale)));
        view.trend()
                .forEach(point -> labels.put(
                        "period." + point.period().getId(),
                        messages.getMessage(
                                point.period().labelKey(), point.period().labelArgs(), locale)));
        model.addAttribute("view", view);
        model.addAttribute("find", found ? null : search);
        model.addAttribute("unitMatches", found ? List.of() : matches);
        model.addAttribute("maxMatches", DashboardService.MAX_MATCHES);
        if (view.ranking() != null) {
            if (ALL.equals(ranking)) {
                int size = RANKING_PAGE;
                int at = Math.min(Math.max(0, page), view.ranking().pages(size) - 1);
                model.addAttribute(
                        "rankingPage",
                        new PageImpl<>(
                                view.ranking().page(at, size),
                                PageRequest.of(at, size),
                                view.ranking().entries().size()));
                model.addAttribute("rankingLinks", links(view.filters()).with("ranking", ALL));
            } else {
                model.addAttribute(
                        "rankingLines",
                        view.ranking().excerpt(user == null ? null : user.unitId(), RANKING_ENDS, RANKING_AROUND));
            }
            model.addAttribute("dashboardLinks", links(view.filters()));
        }
        model.addAttribute("choices", DashboardChoices.of(view, FRAMEWORKS, messages, locale));
        model.addAttribute("indicatorNames", names);
        model.addAttribute("chartsJson", charts.json(view, labels));
        return "dashboard/index";
    }

    /** The dashboard's address with its filters. */
    private static PageLinks links(DashboardFilters f) {
        return PageLinks.to("/dashboard")
                .with("year", f.year())
                .with("quarter", f.quarter())
                .with("period", f.period())
                .with("group", f.group())
                .with("unit", f.unit())
                .with("framework", f.framework());
    }
}
