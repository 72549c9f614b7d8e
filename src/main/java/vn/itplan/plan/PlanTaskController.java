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

/** A task of the appendix added or edited from the plan page. */
@Controller
@RequestMapping("/plans/{planId}/tasks")
class PlanTaskController {

    private final PlanTaskService tasks;
    private final PlanPageModel page;

    PlanTaskController(PlanTaskService tasks, PlanPageModel page) {
        this.tasks = tasks;
        this.page = page;
    }

    @PostMapping
    String save(@PathVariable Long planId, @Valid @ModelAttribute("taskForm") TaskForm form, BindingResult result,
                Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (Forms.run(result, () -> tasks.save(planId, form, user))) {
            return PlanPageModel.done(redirect, form.getId() == null ? "plan.task.added" : "plan.task.updated",
                    planId, "panel-tasks");
        }
        return page.show(planId, user, model);
    }
}
