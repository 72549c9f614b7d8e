package vn.itplan.plan;

import jakarta.validation.Valid;
import java.util.Optional;
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

/** A section added or edited from the plan page; back at the section saved. */
@Controller
@RequestMapping("/plans/{planId}/sections")
class PlanSectionController {

    private final PlanSectionService sections;
    private final PlanPageModel page;

    PlanSectionController(PlanSectionService sections, PlanPageModel page) {
        this.sections = sections;
        this.page = page;
    }

    @PostMapping
    String save(@PathVariable Long planId, @Valid @ModelAttribute("sectionForm") SectionForm form, BindingResult result,
                Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Optional<PlanSection> saved = Forms.save(result, () -> sections.save(planId, form, user));
        return saved.map(s -> PlanPageModel.done(redirect, form.isNew() ? "plan.section.added" : "plan.section.updated",
                planId, "section-" + s.getId())).orElseGet(() -> page.show(planId, user, model));
    }
}
