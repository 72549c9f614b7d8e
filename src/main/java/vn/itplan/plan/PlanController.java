package vn.itplan.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.period.PeriodKind;
import vn.itplan.period.PeriodService;
import vn.itplan.plan.PlanViews.PlanPage;
import vn.itplan.plan.PlanViews.SectionView;
import vn.itplan.security.CurrentUser;
import vn.itplan.unit.UnitService;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.StaleEditException;

/**
 * {@code /plans}: the list by year, a new plan, and the plan page with its panels (metadata, legal bases,
 * sections, targets, tasks, issue/revise). Staff change drafts; leaders read. Every change is a POST
 * that redirects back to the panel it came from; a form with errors shows the page again with the input.
 */
@Controller
@RequestMapping("/plans")
class PlanController {

    static final String LIST = "plans/list";
    static final String NEW = "plans/new";
    static final String SHOW = "plans/show";
    private static final List<String> FORMS = List.of("planForm", "basisForm", "sectionForm", "targetForm", "taskForm");

    private final PlanService plans;
    private final PlanEditService edits;
    private final PeriodService periods;
    private final IndicatorService indicators;
    private final UnitService units;
    private final PlanFiguresService figures;
    private final Clock clock;

    PlanController(PlanService plans, PlanEditService edits, PeriodService periods, IndicatorService indicators,
                   UnitService units, PlanFiguresService figures, Clock clock) {
        this.plans = plans;
        this.figures = figures;
        this.edits = edits;
        this.periods = periods;
        this.indicators = indicators;
        this.units = units;
        this.clock = clock;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("planId", "demo");
        binder.addCustomFormatter(new DecimalInput(), BigDecimal.class);
    }

    // ---------------------------------------------------------------- list and new

    @GetMapping
    String list(Model model) {
        model.addAttribute("years", plans.listByYear());
        return LIST;
    }

    @GetMapping("/new")
    String newPlan(Model model, @AuthenticationPrincipal CurrentUser user) {
        requireStaff(user);
        int year = LocalDate.now(clock).getYear();
        PlanForm form = PlanForm.blank(year);
        periods.find(year - 1, PeriodKind.ANNUAL, 1).ifPresent(p -> form.setBaselinePeriodId(p.getId()));
        model.addAttribute("planForm", form);
        return showNew(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showNew(model);
        }
        Plan plan;
        try {
            plan = edits.create(form, user);
        } catch (InvalidInputException e) {
            vn.itplan.web.Forms.addProblems(result, e.problems());
            return showNew(model);
        } catch (DataIntegrityViolationException e) {
            // the same number saved by someone else a moment ago (uq_plan_number)
            result.rejectValue("number", "plan.number.duplicate", new Object[] {form.getNumber(),
                    String.valueOf(form.getYear())}, null);
            return showNew(model);
        }
        redirect.addFlashAttribute("flashKey", "plan.created");
        return "redirect:/plans/" + plan.getId();
    }

    private String showNew(Model model) {
        model.addAttribute("periods", periods.findAll());
        return NEW;
    }

    // ---------------------------------------------------------------- the plan page

    @GetMapping("/{planId}")
    String show(@PathVariable Long planId, @RequestParam(required = false) String edit,
                @RequestParam(required = false) Long section, @RequestParam(required = false) Long addChild,
                @RequestParam(required = false) Long addAfter, @RequestParam(required = false) String addSection,
                @RequestParam(required = false) Long target, @RequestParam(required = false) Long task,
                @RequestParam(required = false) String addTask, @RequestParam(required = false) String q,
                Model model, @AuthenticationPrincipal CurrentUser user) {
        PlanPage page = plans.page(planId, user);
        if (page.editable()) {
            if ("metadata".equals(edit)) {
                model.addAttribute("planForm", PlanForm.of(page.plan()));
            }
            SectionForm sectionForm = null;
            if (section != null) {
                sectionForm = page.sections().stream().filter(s -> s.section().getId().equals(section)).findFirst()
                        .map(s -> SectionForm.of(s.section())).orElse(null);
            } else if (addChild != null || addAfter != null) {
                Long anchor = addChild != null ? addChild : addAfter;
                SectionView at = page.sections().stream().filter(s -> s.section().getId().equals(anchor))
                        .findFirst().orElse(null);
                if (at != null) {
                    sectionForm = new SectionForm();
                    sectionForm.setParentId(addChild != null ? anchor : at.section().getParentId());
                    sectionForm.setAfterId(addAfter);
                }
            } else if (addSection != null) {
                sectionForm = new SectionForm();
            }
            if (sectionForm != null) {
                model.addAttribute("sectionForm", sectionForm);
            }
            if (target != null) {
                page.targets().stream().filter(t -> t.target().getId().equals(target)).findFirst()
                        .ifPresent(t -> model.addAttribute("targetForm", TargetForm.of(t.target())));
            }
            if (task != null) {
                page.tasks().stream().filter(t -> t.task().getId().equals(task)).findFirst()
                        .ifPresent(t -> model.addAttribute("taskForm", TaskForm.of(t.task())));
            } else if (addTask != null) {
                model.addAttribute("taskForm", TaskForm.blank());
            }
        }
        return showPage(page, q, model);
    }

    @PostMapping("/{planId}")
    String update(@PathVariable Long planId, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult result,
                  Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                edits.update(planId, form, user);
                return done(redirect, "plan.updated", planId, "panel-metadata");
            } catch (InvalidInputException e) {
                vn.itplan.web.Forms.addProblems(result, e.problems());
            } catch (StaleEditException e) {
                result.reject("common.conflict");
            }
        }
        return showPage(plans.page(planId, user), null, model);
    }

    // ---------------------------------------------------------------- legal bases

    @PostMapping("/{planId}/legal-bases")
    String addLegalBasis(@PathVariable Long planId, @Valid @ModelAttribute("basisForm") LegalBasisForm form,
                         BindingResult result, @RequestParam(required = false) String q, Model model,
                         @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                edits.addLegalBasis(planId, form.getDocumentId(), user);
                redirect.addFlashAttribute("flashKey", "plan.basis.added");
                return "redirect:" + UriComponentsBuilder.fromPath("/plans/{id}").queryParamIfPresent("q",
                                java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                        .fragment("panel-legal").buildAndExpand(planId).encode().toUriString();
            } catch (InvalidInputException e) {
                vn.itplan.web.Forms.addProblems(result, e.problems());
            }
        }
        return showPage(plans.page(planId, user), q, model);
    }

    @PostMapping("/{planId}/legal-bases/{basisId}/up")
    String legalBasisUp(@PathVariable Long planId, @PathVariable Long basisId, @AuthenticationPrincipal CurrentUser user,
                        RedirectAttributes redirect) {
        edits.moveLegalBasis(planId, basisId, true, user);
        return done(redirect, "plan.basis.moved", planId, "panel-legal");
    }

    @PostMapping("/{planId}/legal-bases/{basisId}/down")
    String legalBasisDown(@PathVariable Long planId, @PathVariable Long basisId, @AuthenticationPrincipal CurrentUser user,
                          RedirectAttributes redirect) {
        edits.moveLegalBasis(planId, basisId, false, user);
        return done(redirect, "plan.basis.moved", planId, "panel-legal");
    }

    @PostMapping("/{planId}/legal-bases/{basisId}/delete")
    String removeLegalBasis(@PathVariable Long planId, @PathVariable Long basisId,
                            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        edits.removeLegalBasis(planId, basisId, user);
        return done(redirect, "plan.basis.removed", planId, "panel-legal");
    }

    // ---------------------------------------------------------------- sections

    @PostMapping("/{planId}/sections")
    String saveSection(@PathVariable Long planId, @Valid @ModelAttribute("sectionForm") SectionForm form,
                       BindingResult result, Model model, @AuthenticationPrincipal CurrentUser user,
                       RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                PlanSection saved = edits.saveSection(planId, form, user);
                return done(redirect, form.isNew() ? "plan.section.added" : "plan.section.updated", planId,
                        "section-" + saved.getId());
            } catch (InvalidInputException e) {
                vn.itplan.web.Forms.addProblems(result, e.problems());
            } catch (StaleEditException e) {
                result.reject("common.conflict");
            }
        }
        return showPage(plans.page(planId, user), null, model);
    }

    @PostMapping("/{planId}/sections/{sectionId}/up")
    String sectionUp(@PathVariable Long planId, @PathVariable Long sectionId, @AuthenticationPrincipal CurrentUser user,
                     RedirectAttributes redirect) {
        edits.moveSection(planId, sectionId, true, user);
        return done(redirect, "plan.section.moved", planId, "section-" + sectionId);
    }

    @PostMapping("/{planId}/sections/{sectionId}/down")
    String sectionDown(@PathVariable Long planId, @PathVariable Long sectionId, @AuthenticationPrincipal CurrentUser user,
                       RedirectAttributes redirect) {
        edits.moveSection(planId, sectionId, false, user);
        return done(redirect, "plan.section.moved", planId, "section-" + sectionId);
    }

    @PostMapping("/{planId}/sections/{sectionId}/delete")
    String deleteSection(@PathVariable Long planId, @PathVariable Long sectionId, @AuthenticationPrincipal CurrentUser user,
                         RedirectAttributes redirect) {
        int count = edits.deleteSection(planId, sectionId, user);
        redirect.addFlashAttribute("flashArgs", count);
        return done(redirect, "plan.section.deleted", planId, "panel-sections");
    }

    // ---------------------------------------------------------------- targets

    @PostMapping("/{planId}/targets")
    String saveTarget(@PathVariable Long planId, @Valid @ModelAttribute("targetForm") TargetForm form, BindingResult result,
                      Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                edits.saveTarget(planId, form, user);
                return done(redirect, form.getId() == null ? "plan.target.added" : "plan.target.updated", planId,
                        "panel-targets");
            } catch (InvalidInputException e) {
                vn.itplan.web.Forms.addProblems(result, e.problems());
            } catch (StaleEditException e) {
                result.reject("common.conflict");
            }
        }
        return showPage(plans.page(planId, user), null, model);
    }

    @PostMapping("/{planId}/targets/{targetId}/delete")
    String deleteTarget(@PathVariable Long planId, @PathVariable Long targetId, @AuthenticationPrincipal CurrentUser user,
                        RedirectAttributes redirect) {
        edits.deleteTarget(planId, targetId, user);
        return done(redirect, "plan.target.deleted", planId, "panel-targets");
    }

    // ---------------------------------------------------------------- tasks

    @PostMapping("/{planId}/tasks")
    String saveTask(@PathVariable Long planId, @Valid @ModelAttribute("taskForm") TaskForm form, BindingResult result,
                    Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                edits.saveTask(planId, form, user);
                return done(redirect, form.getId() == null ? "plan.task.added" : "plan.task.updated", planId,
                        "panel-tasks");
            } catch (InvalidInputException e) {
                vn.itplan.web.Forms.addProblems(result, e.problems());
            } catch (StaleEditException e) {
                result.reject("common.conflict");
            }
        }
        return showPage(plans.page(planId, user), null, model);
    }

    @PostMapping("/{planId}/tasks/{taskId}/up")
    String taskUp(@PathVariable Long planId, @PathVariable Long taskId, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        edits.moveTask(planId, taskId, true, user);
        return done(redirect, "plan.task.moved", planId, "panel-tasks");
    }

    @PostMapping("/{planId}/tasks/{taskId}/down")
    String taskDown(@PathVariable Long planId, @PathVariable Long taskId, @AuthenticationPrincipal CurrentUser user,
                    RedirectAttributes redirect) {
        edits.moveTask(planId, taskId, false, user);
        return done(redirect, "plan.task.moved", planId, "panel-tasks");
    }

    @PostMapping("/{planId}/tasks/{taskId}/delete")
    String deleteTask(@PathVariable Long planId, @PathVariable Long taskId, @AuthenticationPrincipal CurrentUser user,
                      RedirectAttributes redirect) {
        edits.deleteTask(planId, taskId, user);
        return done(redirect, "plan.task.deleted", planId, "panel-tasks");
    }

    // ---------------------------------------------------------------- issue and revise

    @PostMapping("/{planId}/issue")
    String issue(@PathVariable Long planId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        edits.issue(planId, user);
        return done(redirect, "plan.issued", planId, "panel-status");
    }

    @PostMapping("/{planId}/revise")
    String revise(@PathVariable Long planId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Plan revision = edits.revise(planId, user);
        redirect.addFlashAttribute("flashKey", "plan.revised");
        return "redirect:/plans/" + revision.getId();
    }

    /** A change the plan's state does not allow: 409 and the plan page saying why. */
    @ExceptionHandler(PlanStateException.class)
    String refused(PlanStateException e, Model model, HttpServletResponse response,
                   @AuthenticationPrincipal CurrentUser user) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("stateErrorKey", e.messageKey());
        return showPage(plans.page(e.planId(), user), null, model);
    }

    // ---------------------------------------------------------------- helpers

    private String showPage(PlanPage page, String q, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("figures", figures.figures(page.plan().getId()));
        if (page.editable()) {
            model.addAttribute("periods", periods.findAll());
            int year = page.plan().getYear();
            Set<Long> targeted = page.targets().stream().map(t -> t.indicator().getId()).collect(Collectors.toSet());
            model.addAttribute("indicators", indicators.findAll().stream()
                    .filter(i -> i.validIn(year) || targeted.contains(i.getId())).toList());
            Set<Long> used = new HashSet<>();
            page.tasks().forEach(t -> {
                used.add(t.task().getLeadUnitId());
                used.addAll(t.task().getPartnerUnitIds());
            });
            model.addAttribute("units", units.findAll().stream().filter(u -> u.isActive() || used.contains(u.getId()))
                    .toList());
            model.addAttribute("fundingSources", FundingSource.values());
            model.addAttribute("taskStatuses", TaskStatus.values());
            if (!model.containsAttribute("basisForm")) {
                model.addAttribute("basisForm", new LegalBasisForm());
            }
            if (!model.containsAttribute("targetForm")) {
                model.addAttribute("targetForm", new TargetForm());
            }
            model.addAttribute("docQuery", q == null ? "" : q.strip());
            model.addAttribute("docResults", plans.searchDocuments(q));
            Set<Long> cited = page.legalBases().stream().map(b -> b.document().getId()).collect(Collectors.toSet());
            model.addAttribute("citedDocIds", cited);
            placeSectionForm(page.sections(), model);
        } else if (FORMS.stream().anyMatch(model::containsAttribute)) {
            // a form posted to a plan that was issued meanwhile: say so rather than show the form again
            throw new PlanStateException(page.plan().getId(), "plan.locked");
        }
        return SHOW;
    }

    /**
     * Where in the section list the section form goes: in place of the section it edits, after the subtree
     * of the sibling it follows, last under its parent, or at the end for a new top-level section.
     */
    private static void placeSectionForm(List<SectionView> sections, Model model) {
        Object attribute = model.getAttribute("sectionForm");
        if (!(attribute instanceof SectionForm form)) {
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

    private static String done(RedirectAttributes redirect, String flashKey, Long planId, String anchor) {
        redirect.addFlashAttribute("flashKey", flashKey);
        return "redirect:/plans/" + planId + "#" + anchor;
    }

    private static void requireStaff(CurrentUser user) {
        if (user == null || !user.isStaff()) {
            throw new AccessDeniedException("only IT staff write plans");
        }
    }
}
