package vn.itplan.plan;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;

/**
 * {@code /plans/{id}/rollup} (staff): the plan's current-status figures from the approved reports of its baseline
 * period, its targets' progress, and the generated text of section II with insert / regenerate.
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/plans/{planId}")
class PlanFiguresController {

    private final PlanService plans;
    private final PlanFiguresService figures;
    private final PlanNarrativeService narratives;

    @GetMapping("/rollup")
    String rollup(@PathVariable Long planId, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        Plan plan = plans.get(planId);
        PlanFigures planFigures = figures.figures(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("figures", planFigures);
        model.addAttribute("narrative", narratives.preview(planId, planFigures.baseline(), locale));
        model.addAttribute("canInsert", plan.isDraft() && user.isStaff());
        return "plans/rollup";
    }

    @PostMapping("/narrative/{part}")
    String insert(
            @PathVariable Long planId,
            @PathVariable NarrativePart part,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        narratives.insert(planId, part, user);
        Flash.success(redirect, "plan.narrative.inserted");
        return "redirect:/plans/" + planId + "/rollup#narrative";
    }

    @ExceptionHandler(PlanStateException.class)
    String refused(PlanStateException e, RedirectAttributes redirect) {
        Flash.error(redirect, e.messageKey());
        return "redirect:/plans/" + e.planId() + "/rollup";
    }
}
