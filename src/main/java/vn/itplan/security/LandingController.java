package vn.itplan.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /} sends each role where it works: leaders to their overview ({@code /dashboard/overview}: the latest
 * quarter, then the year; the dashboard one link away), unit admins to their reports (their work queue), IT staff to
 * what awaits their review, administrators to the plans.
 */
@Controller
class LandingController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        return "redirect:"
                + switch (user.role()) {
                    case LEADER -> "/dashboard/overview";
                    case UNIT_ADMIN -> "/reports";
                    case IT_STAFF -> "/reports/queue";
                    case ADMIN -> "/plans";
                };
    }
}
