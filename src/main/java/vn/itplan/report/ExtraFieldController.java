package vn.itplan.report;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;

/**
 * {@code /report-fields}: the extra report fields IT staff add to the report form (beside the indicator catalogue).
 * Staff only (SecurityConfig).
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/report-fields")
class ExtraFieldController {

    private static final String LIST = "reports/fields";
    private static final String FORM = "reports/field-form";

    private final ExtraFieldAdminService fields;
    private final Clock clock;

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("fields", fields.findAll());
        return LIST;
    }

    @GetMapping("/new")
    String newField(Model model) {
        model.addAttribute("form", ExtraFieldForm.blank(LocalDate.now(clock).getYear()));
        return showForm(null, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ExtraFieldForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Forms.addProblems(result, fields.check(form, null).asList());
        if (!Forms.run(result, () -> fields.create(form, user))) {
            return showForm(null, model);
        }
        Flash.success(redirect, "reportfield.created", form.getCode());
        return "redirect:/report-fields";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", ExtraFieldForm.of(fields.get(id)));
        return showForm(id, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") ExtraFieldForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        ExtraField current = fields.get(id);
        form.setCode(current.getCode());
        Forms.addProblems(result, fields.check(form, id).asList());
        if (!Forms.run(result, () -> fields.update(id, form, user), () -> showCurrent(id, form, model))) {
            return showForm(id, model);
        }
        Flash.success(redirect, "reportfield.saved", current.getCode());
        return "redirect:/report-fields";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        String code = fields.get(id).getCode();
        Forms.act(redirect, () -> fields.delete(id, user), "reportfield.deleted", code);
        return "redirect:/report-fields";
    }

    private void showCurrent(Long id, ExtraFieldForm form, Model model) {
        ExtraField latest = fields.get(id);
        form.setVersion(latest.getVersion());
        model.addAttribute("current", latest);
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("fieldId", id);
        boolean typeFixed = id != null && fields.hasValues(id);
        model.addAttribute("typeFixed", typeFixed);
        model.addAttribute("fixedType", typeFixed ? fields.get(id).getType() : null);
        model.addAttribute("types", ExtraFieldType.values());
        model.addAttribute("sections", ReportField.Section.values());
        return FORM;
    }
}
