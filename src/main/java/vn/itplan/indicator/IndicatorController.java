package vn.itplan.indicator;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.StaleEditException;

/** {@code /indicators}: the indicator catalogue, a new indicator, edits. Staff only (SecurityConfig). */
@Controller
@RequestMapping("/indicators")
class IndicatorController {

    private static final String LIST = "indicators/list";
    private static final String FORM = "indicators/form";

    private final IndicatorAdminService indicators;
    private final Clock clock;

    IndicatorController(IndicatorAdminService indicators, Clock clock) {
        this.indicators = indicators;
        this.clock = clock;
    }

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
    String create(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        addProblems(form, null, result);
        if (result.hasErrors()) {
            return showForm(null, model);
        }
        try {
            indicators.create(form, user.username());
        } catch (InvalidInputException e) {
            vn.itplan.web.Forms.addProblems(result, e.problems());
            return showForm(null, model);
        }
        redirect.addFlashAttribute("flashKey", "indicator.created");
        redirect.addFlashAttribute("flashArgs", form.getCode());
        return "redirect:/indicators";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", IndicatorForm.of(indicators.get(id)));
        return showForm(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult result,
                  Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Indicator current = indicators.get(id);
        form.setCode(current.getCode());
        addProblems(form, id, result);
        if (result.hasErrors()) {
            return showForm(id, model);
        }
        try {
            indicators.update(id, form, user.username());
        } catch (InvalidInputException e) {
            vn.itplan.web.Forms.addProblems(result, e.problems());
            return showForm(id, model);
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            result.reject("common.conflict");
            Indicator latest = indicators.get(id);
            form.setVersion(latest.getVersion());
            model.addAttribute("current", latest);
            return showForm(id, model);
        }
        redirect.addFlashAttribute("flashKey", "indicator.saved");
        redirect.addFlashAttribute("flashArgs", current.getCode());
        return "redirect:/indicators";
    }

    /** The service's rules next to their fields, except where a field already shows an error. */
    private void addProblems(IndicatorForm form, Long id, BindingResult result) {
        for (InvalidInputException problem : indicators.problems(form, id)) {
            vn.itplan.web.Forms.addProblems(result, problem.problems());
        }
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("indicatorId", id);
        model.addAttribute("aggregations", Aggregation.values());
        return FORM;
    }
}
