package vn.itplan.period;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;

/** {@code /periods}: the list of reporting periods, a new period, open and close. Staff only. */
@RequiredArgsConstructor
@Controller
@RequestMapping("/periods")
class PeriodController {

    private static final String LIST = "periods/list";

    private final PeriodAdminService periods;
    private final Clock clock;

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", PeriodForm.blank(LocalDate.now(clock).getYear()));
        return showList(model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") PeriodForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Forms.addProblems(result, periods.check(form).asList());
        if (!Forms.run(result, () -> periods.create(form, user))) {
            return showList(model);
        }
        Flash.success(redirect, "period.created");
        return "redirect:/periods";
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Forms.act(redirect, () -> periods.open(id, user), "period.opened");
        return "redirect:/periods";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Forms.act(redirect, () -> periods.close(id, user), "period.closed.done");
        return "redirect:/periods";
    }

    private String showList(Model model) {
        model.addAttribute("periods", periods.findAll());
        model.addAttribute("kinds", PeriodKind.values());
        return LIST;
    }
}
