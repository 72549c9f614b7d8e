package vn.itplan.dashboard;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.itplan.indicator.IndicatorService;

/**
 * {@code /dashboard/overview}: where a leader lands (leaders, staff and administrators may open it, as the dashboard;
 * the route rule of {@code /dashboard/**}). The numbers come from {@link LeaderOverviewService}; the indicators' names
 * are looked up here, in the user's language.
 */
@RequiredArgsConstructor
@Controller
class LeaderOverviewController {

    private final LeaderOverviewService overviews;
    private final IndicatorService indicators;

    @GetMapping("/dashboard/overview")
    String overview(Locale locale, Model model) {
        model.addAttribute("overview", overviews.overview());
        model.addAttribute("indicatorNames", indicators.namesByCode(locale));
        return "dashboard/overview";
    }
}
