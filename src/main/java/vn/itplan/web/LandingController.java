package vn.itplan.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.itplan.security.CurrentUser;

/** {@code /} sends each role where it works (design.md, "Routes"). */
@Controller
class LandingController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        return "redirect:" + switch (user.role()) {
            case LEADER -> "/dashboard";
            case UNIT_ADMIN -> "/reports";
            case IT_STAFF, ADMIN -> "/plans";
        };
    }
}
