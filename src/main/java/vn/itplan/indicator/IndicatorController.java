package vn.itplan.indicator;

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

/** {@code /indicators}: the indicator catalogue, a new indicator, edits. Staff only (SecurityConfig). */
@RequiredArgsConstructor
@Controller
@RequestMapping("/indicators")
class IndicatorController {

    private static final String LIST = "indicators/list";
    private static final String FORM = "indicators/form";

    private final IndicatorAdminService indicators;
    private final Clock clock;

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("indicators", indicators.findAll());
        return LIST;
    }

    @GetMapping("/new")
    String newIndicator(Model model) {
        model.addAttribute("form", IndicatorForm.blank(LocalDate.now(clock).getYear()));
        return showForm(null, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Forms.addProblems(result, indicators.check(form, null).asList());
        if (!Forms.run(result, () -> indicators.create(form, user))) {
            return showForm(null, model);
        }
        Flash.success(redirect, "indicator.created", form.getCode());
        return "redirect:/indicators";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", IndicatorForm.of(indicators.get(id)));
        return showForm(id, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Indicator current = indicators.get(id);
        form.setCode(current.getCode());
        Forms.addProblems(result, indicators.check(form, id).asList());
        if (!Forms.run(result, () -> indicators.update(id, form, user), () -> showCurrent(id, form, model))) {
            return showForm(id, model);
        }
        Flash.success(redirect, "indicator.saved", current.getCode());
        return "redirect:/indicators";
    }

    /** The record moved on: keep the user's input, show the current values, and take the new version. */
    private void showCurrent(Long id, IndicatorForm form, Model model) {
        Indicator latest = indicators.get(id);
        form.setVersion(latest.getVersion());
        model.addAttribute("current", latest);
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("indicatorId", id);
        model.addAttribute("aggregations", Aggregation.values());
        return FORM;
    }
}
