package vn.itplan.unit;

import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.StaleEditException;

/**
 * {@code /units}: the unit catalogue as a tree and as a table, one unit's page, create, edit, move in
 * the tree, deactivate and reactivate. Staff only (SecurityConfig). There is no delete.
 */
@Controller
@RequestMapping("/units")
class UnitController {

    private static final String LIST = "units/list";
    private static final String DETAIL = "units/detail";
    private static final String FORM = "units/form";
    private static final String MOVE = "units/move";

    private final UnitAdminService units;

    UnitController(UnitAdminService units) {
        this.units = units;
    }

    @InitBinder({"form", "filter"})
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@ModelAttribute("filter") UnitSearch filter, Model model) {
        model.addAttribute("catalogue", units.catalogue(filter));
        model.addAttribute("kinds", UnitKind.values());
        return LIST;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        model.addAttribute("details", units.details(id));
        return DETAIL;
    }

    @GetMapping("/new")
    String newUnit(@RequestParam(required = false) Long parentId, Model model) {
        model.addAttribute("form", UnitForm.blank(parentId));
        return showCreate(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        addProblems(form, null, result);
        if (result.hasErrors()) {
            return showCreate(model);
        }
        Unit unit;
        try {
            unit = units.create(form, user.username());
        } catch (InvalidInputException e) {
            vn.itplan.web.Forms.addProblems(result, e.problems());
            return showCreate(model);
        }
        redirect.addFlashAttribute("flashKey", "unit.created");
        return "redirect:/units/" + unit.getId();
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", UnitForm.of(units.get(id)));
        return showEdit(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
                  Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        units.get(id);
        addProblems(form, id, result);
        if (result.hasErrors()) {
            return showEdit(id, model);
        }
        try {
            units.update(id, form, user.username());
        } catch (InvalidInputException e) {
            vn.itplan.web.Forms.addProblems(result, e.problems());
            return showEdit(id, model);
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            return showConflict(id, form, result, model);
        }
        redirect.addFlashAttribute("flashKey", "unit.saved");
        return "redirect:/units/" + id;
    }

    @GetMapping("/{id}/move")
    String moveForm(@PathVariable Long id, Model model) {
        model.addAttribute("form", MoveForm.of(units.get(id)));
        return showMove(id, model);
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable Long id, @Valid @ModelAttribute("form") MoveForm form, BindingResult result,
                Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showMove(id, model);
        }
        try {
            units.move(id, form, user.username());
        } catch (InvalidInputException e) {
            vn.itplan.web.Forms.addProblems(result, e.problems());
            return showMove(id, model);
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            result.reject("common.conflict");
            form.setVersion(units.get(id).getVersion());
            return showMove(id, model);
        }
        redirect.addFlashAttribute("flashKey", "unit.moved");
        return "redirect:/units/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable Long id, @RequestParam(required = false) Long version,
                      @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return setActive(id, false, version, user, redirect);
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable Long id, @RequestParam(required = false) Long version,
                      @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return setActive(id, true, version, user, redirect);
    }

    private String setActive(Long id, boolean active, Long version, CurrentUser user, RedirectAttributes redirect) {
        try {
            units.setActive(id, active, version, user.username());
            redirect.addFlashAttribute("flashKey", active ? "unit.reactivated" : "unit.deactivated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errorKey", e.first().messageKey());
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("errorKey", "unit.conflict.reload");
        }
        return "redirect:/units/" + id;
    }

    /** The service's rules next to their fields, except where a field already shows an error. */
    private void addProblems(UnitForm form, Long id, BindingResult result) {
        for (InvalidInputException problem : units.problems(form, id)) {
            vn.itplan.web.Forms.addProblems(result, problem.problems());
        }
    }

    private String showCreate(Model model) {
        model.addAttribute("parentOptions", units.parentOptions(null));
        model.addAttribute("kinds", UnitKind.values());
        return FORM;
    }

    private String showEdit(Long id, Model model) {
        model.addAttribute("details", units.details(id));
        model.addAttribute("kinds", UnitKind.values());
        return FORM;
    }

    /** The record moved on: keep the user's input, show the current values, and take the new version. */
    private String showConflict(Long id, UnitForm form, BindingResult result, Model model) {
        result.reject("common.conflict");
        Unit current = units.get(id);
        form.setVersion(current.getVersion());
        model.addAttribute("current", current);
        return showEdit(id, model);
    }

    private String showMove(Long id, Model model) {
        UnitViews.Details details = units.details(id);
        model.addAttribute("details", details);
        model.addAttribute("parentOptions", units.parentOptions(details.unit()));
        return MOVE;
    }
}
