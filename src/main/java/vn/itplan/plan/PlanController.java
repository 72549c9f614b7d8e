package vn.itplan.plan;

import jakarta.validation.Valid;
import java.util.Optional;
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
import vn.itplan.period.PeriodService;
import vn.itplan.plan.PlanViews.PlanPage;
import vn.itplan.plan.PlanViews.SectionView;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;

/**
 * {@code /plans}: the list by year, a new plan, the plan page and its metadata. The page's parameters open one form
 * in place: {@code edit=metadata}, a section ({@code section}, {@code addChild}, {@code addAfter},
 * {@code addSection}), a target, a task ({@code task}, {@code addTask}); {@code q} searches the legal catalogue.
 * The panels post elsewhere: PlanLegalBasisController, PlanPartController, PlanItemController, PlanLifecycleController.
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/plans")
class PlanController {

    static final String LIST = "plans/list";
    static final String NEW = "plans/new";

    private final PlanService plans;
    private final PlanMetadataService metadata;
    private final PlanPageModel page;
    private final PeriodService periods;
    private final PlanSettingsService settings;

    @GetMapping
    String list(Model model) {
        model.addAttribute("years", plans.listByYear());
        model.addAttribute("signOffRequired", settings.signOffRequired());
        return LIST;
    }

    /** The rule whether a leader signs a draft off before issue (administrators; audited). */
    @PostMapping("/settings")
    String settings(
            @RequestParam(name = "signOffRequired", defaultValue = "false") boolean signOffRequired,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        settings.requireSignOff(signOffRequired, user);
        Flash.success(redirect, "plan.settings.saved");
        return "redirect:/plans";
    }

    @GetMapping("/new")
    String newPlan(Model model) {
        model.addAttribute("planForm", metadata.blankForm());
        return showNew(model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Optional<Plan> plan = Forms.save(result, () -> metadata.create(form, user));
        if (plan.isEmpty()) {
            return showNew(model);
        }
        Flash.success(redirect, "plan.created");
        return "redirect:/plans/" + plan.get().getId();
    }

    private String showNew(Model model) {
        model.addAttribute("periods", periods.findAll());
        return NEW;
    }

    @GetMapping("/{planId}")
    String show(
            @PathVariable Long planId,
            @RequestParam(required = false) String edit,
            @RequestParam(required = false) Long section,
            @RequestParam(required = false) Long addChild,
            @RequestParam(required = false) Long addAfter,
            @RequestParam(required = false) String addSection,
            @RequestParam(required = false) Long target,
            @RequestParam(required = false) Long task,
            @RequestParam(required = false) String addTask,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int docPage,
            Model model,
            @AuthenticationPrincipal CurrentUser user) {
        PlanPage plan = plans.page(planId, user);
        if (plan.editable()) {
            if ("metadata".equals(edit)) {
                model.addAttribute("planForm", PlanForm.of(plan.plan()));
            }
            SectionForm sectionForm = sectionForm(plan, section, addChild, addAfter, addSection);
            if (sectionForm != null) {
                model.addAttribute("sectionForm", sectionForm);
            }
            if (target != null) {
                plan.targets().stream()
                        .filter(t -> t.target().getId().equals(target))
                        .findFirst()
                        .ifPresent(t -> model.addAttribute("targetForm", TargetForm.of(t.target())));
            }
            if (task != null) {
                plan.tasks().stream()
                        .filter(t -> t.task().getId().equals(task))
                        .findFirst()
                        .ifPresent(t -> model.addAttribute("taskForm", TaskForm.of(t.task())));
            } else if (addTask != null) {
                model.addAttribute("taskForm", TaskForm.blank());
            }
        }
        return page.show(plan, q, docPage, model);
    }

    /** The section form the parameters ask for: an edit, a child or a sibling of a section, or a new top section. */
    private static SectionForm sectionForm(
            PlanPage plan, Long section, Long addChild, Long addAfter, String addSection) {
        if (section != null) {
            return plan.sections().stream()
                    .filter(s -> s.section().getId().equals(section))
                    .findFirst()
                    .map(s -> SectionForm.of(s.section()))
                    .orElse(null);
        }
        if (addChild != null || addAfter != null) {
            Long anchor = addChild != null ? addChild : addAfter;
            SectionView at = plan.sections().stream()
                    .filter(s -> s.section().getId().equals(anchor))
                    .findFirst()
                    .orElse(null);
            if (at == null) {
                return null;
            }
            SectionForm form = new SectionForm();
            form.setParentId(addChild != null ? anchor : at.section().getParentId());
            form.setAfterId(addAfter);
            return form;
        }
        return addSection != null ? new SectionForm() : null;
    }

    @PostMapping("/{planId}")
    String update(
            @PathVariable Long planId,
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        if (Forms.run(result, () -> metadata.update(planId, form, user))) {
            return PlanPageModel.done(redirect, "plan.updated", planId, "panel-metadata");
        }
        return page.show(planId, user, model);
    }
}
