package vn.itplan.indicator;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Choice;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;

/**
 * {@code /indicators/{id}/formula}: what an indicator computes, by year, and its codes in external frameworks. The
 * first submission checks the formula and shows what it gives on the latest period with approved reports; the
 * second ("keep") saves it. Staff only (SecurityConfig).
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/indicators/{id}/formula")
class FormulaController {

    private static final String PAGE = "indicators/formula";

    private final IndicatorAdminService indicators;
    private final FormulaAdminService formulas;
    private final Clock clock;
    private final MessageSource messages;

    @GetMapping
    String show(@PathVariable Long id, Model model) {
        List<IndicatorDefinition> versions = formulas.versions(id);
        int year = LocalDate.now(clock).getYear();
        FormulaForm form = versions.isEmpty()
                ? FormulaForm.of(
                        indicators.get(id).getValidFromYear() == null
                                ? year
                                : indicators.get(id).getValidFromYear(),
                        null)
                : FormulaForm.of(year, versions.get(0).formula());
        form.setDtiCode(formulas.frameworkCodes(id).get(FrameworkCode.DTI));
        form.setIctIndexCode(formulas.frameworkCodes(id).get(FrameworkCode.ICT_INDEX));
        model.addAttribute("form", form);
        return page(id, model);
    }

    @PostMapping
    String save(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") FormulaForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Indicator indicator = indicators.get(id);
        Forms.addProblems(result, formulas.check(form).asList());
        if (!form.isConfirmed()) {
            if (!result.hasErrors()) {
                model.addAttribute("preview", formulas.preview(indicator, form).orElse(null));
                model.addAttribute("previewed", true);
            }
            return page(id, model);
        }
        if (!Forms.run(result, () -> formulas.save(id, form, user))) {
            form.setConfirmed(false);
            return page(id, model);
        }
        Flash.success(
                redirect, "indicator.formula.saved", indicator.getCode(), String.valueOf(form.getValidFromYear()));
        return "redirect:/indicators/" + id + "/formula";
    }

    private String page(Long id, Model model) {
        model.addAttribute("indicator", indicators.get(id));
        model.addAttribute("versions", formulas.versions(id));
        model.addAttribute("measures", measureChoices());
        model.addAttribute("aggregations", Aggregation.values());
        model.addAttribute("conditionOps", ConditionOp.values());
        model.addAttribute("displayKinds", DisplayKind.values());
        return PAGE;
    }

    /** The measures a formula may use, labelled in the user's language. */
    private List<Choice> measureChoices() {
        return formulas.measures().stream()
                .map(m -> new Choice(
                        m.key(),
                        m.messageKey() == null
                                ? m.label()
                                : messages.getMessage(m.messageKey(), null, LocaleContextHolder.getLocale())))
                .toList();
    }
}
