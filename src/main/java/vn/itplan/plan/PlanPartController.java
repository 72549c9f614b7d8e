package vn.itplan.plan;

import jakarta.validation.Valid;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Forms;

/**
 * The forms of the plan page's parts, each new or edited in place: a section (back at the section saved), a target,
 * a task (back at their panel). A form with errors shows the page again with what was typed. The task form's
 * "add a funding source" and "remove this line" buttons post the form too and show it again with one line more or
 * less, saving nothing.
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/plans/{planId}")
class PlanPartController {

    private final PlanSectionService sections;
    private final PlanTargetService targets;
    private final PlanTaskService tasks;
    private final PlanPageModel page;

    @PostMapping("/sections")
    String saveSection(
            @PathVariable Long planId,
            @Valid @ModelAttribute("sectionForm") SectionForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Optional<PlanSection> saved = Forms.save(result, () -> sections.save(planId, form, user));
        return saved.map(s -> PlanPageModel.done(
                        redirect,
                        form.isNew() ? "plan.section.added" : "plan.section.updated",
                        planId,
                        "section-" + s.getId()))
                .orElseGet(() -> page.show(planId, user, model));
    }

    @PostMapping("/targets")
    String saveTarget(
            @PathVariable Long planId,
            @Valid @ModelAttribute("targetForm") TargetForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        boolean saved = Forms.run(result, () -> targets.save(planId, form, user));
        return backToPanel(saved, "target", form.getId() == null, planId, redirect, user, model);
    }

    @PostMapping("/tasks")
    String saveTask(
            @PathVariable Long planId,
            @Valid @ModelAttribute("taskForm") TaskForm form,
            BindingResult result,
            @RequestParam(name = "addLine", required = false) String addLine,
            @RequestParam(name = "removeLine", required = false) Integer removeLine,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        if (addLine != null || removeLine != null) {
            if (addLine != null) {
                form.addLine();
            } else {
                form.removeLine(removeLine);
            }
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "taskForm");
            return page.show(planId, user, model);
        }
        Forms.addProblems(result, tasks.check(planId, form).asList());
        boolean saved = Forms.run(result, () -> tasks.save(planId, form, user));
        return backToPanel(saved, "task", form.getId() == null, planId, redirect, user, model);
    }

    /** Saved: to the part's panel ("panel-tasks"), saying "plan.task.added" or "plan.task.updated"; else the page. */
    private String backToPanel(
            boolean saved,
            String part,
            boolean added,
            Long planId,
            RedirectAttributes redirect,
            CurrentUser user,
            Model model) {
        if (!saved) {
            return page.show(planId, user, model);
        }
        return PlanPageModel.done(
                redirect, "plan." + part + (added ? ".added" : ".updated"), planId, "panel-" + part + "s");
    }
}
