package vn.itplan.report;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.InvalidInputException;

/** {@code /reports/extensions}: IT staff give one unit a later deadline in one period. */
@Controller
@RequestMapping("/reports/extensions")
class ExtensionController {

    static final String PAGE = "reports/extension";

    private final DeadlineService deadlines;

    ExtensionController(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/new")
    String form(@RequestParam Long unitId, @RequestParam Long periodId, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        model.addAttribute("form", deadlines.form(unitId, periodId, user));
        model.addAttribute("page", deadlines.page(unitId, periodId, user));
        return PAGE;
    }

    @PostMapping
    String grant(@Valid @ModelAttribute("form") ExtensionForm form, BindingResult result,
                 @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (form.getUnitId() == null || form.getPeriodId() == null) {
            return "redirect:/reports";
        }
        DeadlineService.ExtensionPage page = deadlines.page(form.getUnitId(), form.getPeriodId(), user);
        if (form.getExtendedTo() != null && !result.hasFieldErrors("extendedTo")) {
            try {
                deadlines.checkDate(form, user);
            } catch (InvalidInputException e) {
                vn.itplan.web.Forms.addProblems(result, e.problems());
            }
        }
        if (!result.hasErrors()) {
            try {
                deadlines.grant(form, user);
                redirect.addFlashAttribute("flashKey", "report.extension.granted");
                redirect.addFlashAttribute("flashArgs", page.unitName());
                return "redirect:/reports?period=" + form.getPeriodId();
            } catch (InvalidInputException e) {
                vn.itplan.web.Forms.addProblems(result, e.problems());
            }
        }
        model.addAttribute("page", page);
        return PAGE;
    }
}
