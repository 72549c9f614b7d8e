package vn.itplan.unit;

import jakarta.validation.Valid;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
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
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;

/**
 * {@code /units}: the unit catalogue as a tree and as a table, one unit's page, create, edit, move in
 * the tree, deactivate and reactivate. Staff only (SecurityConfig). There is no delete.
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/units")
class UnitController {

    private static final String LIST = "units/list";
    private static final String DETAIL = "units/detail";
    private static final String FORM = "units/form";
    private static final String MOVE = "units/move";

    private final UnitAdminService units;

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
    String create(
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Optional<Unit> unit = Forms.save(result, units.check(form, null), () -> units.create(form, user));
        if (unit.isEmpty()) {
            return showCreate(model);
        }
        Flash.success(redirect, "unit.created");
        return "redirect:/units/" + unit.get().getId();
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", UnitForm.of(units.get(id)));
        return showEdit(id, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        units.get(id);
        if (!Forms.run(
                result,
                units.check(form, id),
                () -> units.update(id, form, user),
                Forms.showCurrent(model, () -> units.get(id), form::setVersion))) {
            return showEdit(id, model);
        }
        Flash.success(redirect, "unit.saved");
        return "redirect:/units/" + id;
    }

    @GetMapping("/{id}/move")
    String moveForm(@PathVariable Long id, Model model) {
        model.addAttribute("form", MoveForm.of(units.get(id)));
        return showMove(id, model);
    }

    @PostMapping("/{id}/move")
    String move(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") MoveForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        if (!Forms.run(
                result, () -> units.move(id, form, user), Forms.takeVersion(() -> units.get(id), form::setVersion))) {
            return showMove(id, model);
        }
        Flash.success(redirect, "unit.moved");
        return "redirect:/units/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(
            @PathVariable Long id,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Forms.act(redirect, () -> units.setActive(id, false, version, user), "unit.deactivated");
        return "redirect:/units/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(
            @PathVariable Long id,
            @RequestParam(required = false) Long version,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Forms.act(redirect, () -> units.setActive(id, true, version, user), "unit.reactivated");
        return "redirect:/units/" + id;
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
    private String showMove(Long id, Model model) {
        UnitViews.Details details = units.details(id);
        model.addAttribute("details", details);
        model.addAttribute("parentOptions", units.parentOptions(details.unit()));
        return MOVE;
    }
}
