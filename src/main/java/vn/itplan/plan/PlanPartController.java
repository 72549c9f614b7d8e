package vn.itplan.plan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
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
 * less, saving nothing; so does its "find units" button (a catalogue too long to list), with the units found.
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/plans/{planId}")
class PlanPartController {

    static final String UNIT_CHOICES = "plans/panels/tasks :: unitChoices";

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
            @RequestParam(name = "findUnits", required = false) String findUnits,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        if (addLine != null || removeLine != null || findUnits != null) {
            if (addLine != null) {
                form.addLine();
            } else if (removeLine != null) {
                form.removeLine(removeLine);
            }
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "taskForm");
            return page.show(planId, user, model);
        }
        boolean saved = Forms.run(result, tasks.check(planId, form), () -> tasks.save(planId, form, user));
        return backToPanel(saved, "task", form.getId() == null, planId, redirect, user, model);
    }

    /**
     * The task form's units for the search typed (htmx, as it is typed): the units chosen in the form and the
     * matches, in place of the form's lists. A browser that asks for it directly gets the plan page at its tasks.
     */
    @GetMapping("/unit-search")
    String findUnits(
            @PathVariable Long planId,
            @ModelAttribute("taskForm") TaskForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (request.getHeader("HX-Request") == null) {
            return "redirect:/plans/" + planId + "#panel-tasks";
        }
        model.addAttribute("unitChoices", tasks.unitChoices(form, Set.of()));
        return UNIT_CHOICES;
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
