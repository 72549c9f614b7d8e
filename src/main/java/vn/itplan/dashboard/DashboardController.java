package vn.itplan.dashboard;

import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.itplan.unit.UnitKind;

/** {@code /dashboard}: where the province stands, for leaders and staff. Filters travel in the URL. */
@Controller
@EnableConfigurationProperties(RankingProperties.class)
class DashboardController {

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Integer year,
                     @RequestParam(required = false) Long period,
                     @RequestParam(required = false) UnitKind.Group group,
                     @RequestParam(required = false) Long unit,
                     Locale locale, Model model) {
        model.addAttribute("view", dashboards.build(new DashboardFilters(year, period, group, unit), locale));
        return "dashboard/index";
    }
}
