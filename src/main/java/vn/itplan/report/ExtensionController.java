package vn.itplan.report;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
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
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;

/** {@code /reports/extensions}: IT staff give one unit a later deadline in one period. */
@RequiredArgsConstructor
@Controller
@RequestMapping("/reports/extensions")
class ExtensionController {

    static final String PAGE = "reports/extension";

    private final DeadlineService deadlines;

    @GetMapping("/new")
    String form(
            @RequestParam Long unitId,
            @RequestParam Long periodId,
            @RequestParam(name = "request", required = false) Long requestId,
            Model model) {
        model.addAttribute("form", deadlines.form(unitId, periodId, requestId));
        model.addAttribute("page", deadlines.page(unitId, periodId));
        return PAGE;
    }

    @PostMapping
    String grant(
            @Valid @ModelAttribute("form") ExtensionForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (form.getUnitId() == null || form.getPeriodId() == null) {
            return "redirect:/reports";
        }
        boolean granted =
                Forms.run(result, deadlines.check(form), () -> deadlines.grant(form, user), () -> refresh(form));
        DeadlineService.ExtensionPage page = deadlines.page(form.getUnitId(), form.getPeriodId());
        if (granted) {
            Flash.success(redirect, "report.extension.granted", page.unitName());
            return form.getRequestId() != null
                    ? "redirect:/reports/queue"
                    : "redirect:/reports?period=" + form.getPeriodId();
        }
        model.addAttribute("page", page);
        return PAGE;
    }

    /** After a stale edit: the current extension's version, and the request still pending (if any) to grant. */
    private void refresh(ExtensionForm form) {
        form.setVersion(deadlines.form(form.getUnitId(), form.getPeriodId()).getVersion());
        var pending = deadlines.page(form.getUnitId(), form.getPeriodId()).pendingRequest();
        form.setRequestId(pending == null ? null : pending.id());
    }
}
