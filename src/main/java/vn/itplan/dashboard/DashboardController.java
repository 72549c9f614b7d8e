package vn.itplan.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.itplan.indicator.FrameworkCode;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.unit.UnitKind;

/**
 * {@code /dashboard}: where the province stands, for leaders and staff. Filters travel in the URL. The numbers come
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
            Locale locale,
            Model model) {
        String knownFramework = framework != null && FRAMEWORKS.contains(framework) ? framework : null;
        Integer knownQuarter = quarter != null && quarter >= 1 && quarter <= 4 ? quarter : null;
        DashboardView view =
                dashboards.build(new DashboardFilters(year, knownQuarter, period, group, unit, knownFramework));
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
        model.addAttribute("choices", DashboardChoices.of(view, FRAMEWORKS, messages, locale));
        model.addAttribute("indicatorNames", names);
        model.addAttribute("chartsJson", charts.json(view, labels));
        return "dashboard/index";
    }
}
