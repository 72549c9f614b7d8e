package vn.itplan.dashboard;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.security.CurrentUser;

/** {@code /units/{id}/profile}: one unit's IT status over time. */
@RequiredArgsConstructor
@Controller
class UnitProfileController {

    private final UnitProfileService profiles;
    private final IndicatorService indicators;

    @GetMapping("/units/{id}/profile")
    String profile(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        model.addAttribute("profile", profiles.profile(id, user));
        model.addAttribute("indicatorNames", indicators.namesByCode(locale));
        return "dashboard/unit-profile";
    }
}
