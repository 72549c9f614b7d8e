package vn.itplan.period;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
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
        model.addAttribute("form", periods.blank(LocalDate.now(clock).getYear()));
        return showList(model);
    }

    /** Every period of one kind for a year, from the calendar, in one action. */
    @PostMapping("/year")
    String createYear(
            @Valid @ModelAttribute("yearForm") YearForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Optional<Integer> made = Forms.save(result, () -> periods.createYear(form, user), () -> {});
        if (made.isEmpty()) {
            model.addAttribute("form", periods.blank(LocalDate.now(clock).getYear()));
            return showList(model);
        }
        if (made.get() == 0) {
            Flash.success(redirect, "period.year.none");
        } else {
            Flash.success(redirect, "period.year.created", made.get());
        }
        return "redirect:/periods";
    }

    @PostMapping("/holidays")
    String addHoliday(
            @Valid @ModelAttribute("holidayForm") HolidayForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        if (!Forms.run(result, periods.check(form), () -> periods.addHoliday(form, user))) {
            model.addAttribute("form", periods.blank(LocalDate.now(clock).getYear()));
            return showList(model);
        }
        Flash.success(redirect, "period.holiday.added");
        return "redirect:/periods";
    }

    @PostMapping("/holidays/{id}/delete")
    String removeHoliday(
            @PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Forms.act(redirect, () -> periods.removeHoliday(id, user), "period.holiday.removed");
        return "redirect:/periods";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") PeriodForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        if (!Forms.run(result, periods.check(form), () -> periods.create(form, user))) {
            return showList(model);
        }
        Flash.success(redirect, "period.created");
        return "redirect:/periods";
    }

    /** The calendar of one period (due dates, grace, cut-off), to change. */
    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", periods.form(id));
        return showEdit(id, model);
    }

    @PostMapping("/{id}")
    String reschedule(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") PeriodForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        if (!Forms.run(
                result,
                () -> periods.reschedule(id, form, user),
                Forms.takeVersion(() -> periods.get(id), form::setVersion))) {
            return showEdit(id, model);
        }
        Flash.success(redirect, "period.edit.saved");
        return "redirect:/periods";
    }

    private String showEdit(Long id, Model model) {
        model.addAttribute("period", periods.get(id));
        return "periods/edit";
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
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("periods", periods.findAll());
        model.addAttribute("kinds", PeriodKind.values());
        if (!model.containsAttribute("yearForm")) {
            model.addAttribute("yearForm", YearForm.blank(year + 1));
        }
        if (!model.containsAttribute("holidayForm")) {
            model.addAttribute("holidayForm", new HolidayForm());
        }
        model.addAttribute("holidayYear", year);
        model.addAttribute("holidays", periods.holidays(year));
        return LIST;
    }
}
