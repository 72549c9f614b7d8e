package vn.itplan.plan;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Forms;

/** A target added or edited from the plan page. */
@Controller
@RequestMapping("/plans/{planId}/targets")
class PlanTargetController {

    private final PlanTargetService targets;
    private final PlanPageModel page;

    PlanTargetController(PlanTargetService targets, PlanPageModel page) {
        this.targets = targets;
        this.page = page;
    }

    @PostMapping
    String save(@PathVariable Long planId, @Valid @ModelAttribute("targetForm") TargetForm form, BindingResult result,
                Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (Forms.run(result, () -> targets.save(planId, form, user))) {
            return PlanPageModel.done(redirect, form.getId() == null ? "plan.target.added" : "plan.target.updated",
                    planId, "panel-targets");
        }
        return page.show(planId, user, model);
    }
}
