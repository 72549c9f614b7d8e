package vn.itplan.plan;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;

/** Issuing a draft and revising an issued plan (the status panel's buttons). */
@RequiredArgsConstructor
@Controller
@RequestMapping("/plans/{planId}")
class PlanLifecycleController {

    private final PlanLifecycleService lifecycle;

    @PostMapping("/issue")
    String issue(
            @PathVariable Long planId,
            @RequestParam(name = "confirmed", defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        lifecycle.issue(planId, confirmed, user);
        return PlanPageModel.done(redirect, "plan.issued", planId, "panel-status");
    }

    @PostMapping("/sign-off")
    String signOff(@PathVariable Long planId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        lifecycle.signOff(planId, user);
        return PlanPageModel.done(redirect, "plan.signedOff", planId, "panel-status");
    }

    @PostMapping("/revise")
    String revise(@PathVariable Long planId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Plan revision = lifecycle.revise(planId, user);
        Flash.success(redirect, "plan.revised");
        return "redirect:/plans/" + revision.getId();
    }
}
