package vn.itplan.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.period.PeriodService;
import vn.itplan.plan.PlanViews.PlanPage;
import vn.itplan.plan.PlanViews.SectionView;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;

/**
 * The plan page ({@value #VIEW}) as every plan controller shows it: after a GET, and again with the posted form and
 * its errors. Every change redirects back to the panel it came from ({@link #done}).
 */
@RequiredArgsConstructor
@Component
class PlanPageModel {

    static final String VIEW = "plans/show";
    private static final List<String> FORMS = List.of("planForm", "basisForm", "sectionForm", "targetForm", "taskForm");

    private final PlanService plans;
    private final PlanFiguresService figures;
    private final PlanLegalBasisService legalBases;
    private final PeriodService periods;
    private final IndicatorService indicators;
    private final PlanTaskService tasks;
    private final PlanSnapshots snapshots;
    private final PlanIssueChecks checks;
    private final PlanSettingsService settings;
    private final PreviousYearResults previousYear;

    /** The page again after a form with errors (the form is in the model already). */
    String show(Long planId, CurrentUser user, Model model) {
        return show(plans.page(planId, user), null, 0, model);
    }

    /**
     * The page; on a draft that staff edit, with the catalogues the forms offer and the legal-document search for
     * {@code query}. A form posted to a plan that was issued meanwhile says so rather than show the form again.
     */
    String show(PlanPage page, String query, int docPage, Model model) {
        model.addAttribute("page", page);
        Long planId = page.plan().getId();
        model.addAttribute("figures", figures.figures(planId));
        model.addAttribute(
                "snapshot", page.plan().isIssued() ? snapshots.find(planId).orElse(null) : null);
        if (page.plan().isDraft()) {
            model.addAttribute("previous", previousYear.of(page.plan()).orElse(null));
            model.addAttribute("checklist", checks.of(planId));
            model.addAttribute("signOffRequired", settings.signOffRequired());
        }
        if (!page.editable()) {
            if (FORMS.stream().anyMatch(model::containsAttribute)) {
                throw new PlanStateException(page.plan().getId(), "plan.locked");
            }
            return VIEW;
        }
        model.addAttribute("periods", periods.findAll());
        int year = page.plan().getYear();
        Set<Long> targeted =
                page.targets().stream().map(t -> t.indicator().getId()).collect(Collectors.toSet());
        model.addAttribute(
                "indicators",
                indicators.findAll().stream()
                        .filter(i -> i.validIn(year) || targeted.contains(i.getId()))
                        .toList());
        if (model.getAttribute("taskForm") instanceof TaskForm taskForm) {
            Set<Long> used = new HashSet<>();
            page.tasks().forEach(t -> {
                used.add(t.task().getLeadUnitId());
                used.addAll(t.task().getPartnerUnitIds());
            });
            model.addAttribute("unitChoices", tasks.unitChoices(taskForm, used));
        }
        model.addAttribute("fundingSources", FundingSource.values());
        model.addAttribute("taskStatuses", TaskStatus.values());
        if (!model.containsAttribute("basisForm")) {
            model.addAttribute("basisForm", new LegalBasisForm());
        }
        if (!model.containsAttribute("targetForm")) {
            model.addAttribute("targetForm", new TargetForm());
        }
        model.addAttribute("docSearch", legalBases.search(page.plan().getId(), query, docPage));
        placeSectionForm(page.sections(), model);
        return VIEW;
    }

    /**
     * Where in the section list the section form goes: in place of the section it edits, after the subtree of the
     * sibling it follows, last under its parent, or at the end for a new top-level section.
     */
    private static void placeSectionForm(List<SectionView> sections, Model model) {
        if (!(model.getAttribute("sectionForm") instanceof SectionForm form)) {
            return;
        }
        int after = sections.size() - 1;
        int depth = 0;
        Long anchorId = !form.isNew() ? null : form.getAfterId() != null ? form.getAfterId() : form.getParentId();
        for (int i = 0; i < sections.size(); i++) {
            SectionView s = sections.get(i);
            if (anchorId != null && s.section().getId().equals(anchorId)) {
                after = i + s.descendants();
                depth = form.getAfterId() != null ? s.depth() : s.depth() + 1;
            }
        }
        model.addAttribute("sectionFormAfter", after);
        model.addAttribute("sectionFormDepth", Math.min(depth, 4));
    }

    /** Back to the plan page at {@code anchor}, saying what was done. */
    static String done(RedirectAttributes redirect, String flashKey, Long planId, String anchor, Object... args) {
        Flash.success(redirect, flashKey, args);
        return "redirect:/plans/" + planId + "#" + anchor;
    }
}
