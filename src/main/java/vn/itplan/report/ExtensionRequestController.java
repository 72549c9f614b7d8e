package vn.itplan.report;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;

/**
 * {@code /reports/extension-requests}: a unit administrator asks for a later deadline for their unit in one period;
 * IT staff refuse a request here (they grant it on {@code /reports/extensions}, {@link ExtensionController}).
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/reports/extension-requests")
class ExtensionRequestController {

    static final String REQUEST_PAGE = "reports/extension-request";
    static final String REFUSAL_PAGE = "reports/extension-refusal";

    private final ExtensionRequests requests;

    @GetMapping("/new")
    String form(@RequestParam Long periodId, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", requests.page(periodId, user));
        model.addAttribute("form", requests.form(periodId));
        return REQUEST_PAGE;
    }

    @PostMapping
    String request(
            @Valid @ModelAttribute("form") ExtensionRequestForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (form.getPeriodId() == null) {
            return "redirect:/reports";
        }
        if (!Forms.run(result, requests.check(form, user), () -> requests.request(form, user))) {
            model.addAttribute("page", requests.page(form.getPeriodId(), user));
            return REQUEST_PAGE;
        }
        Flash.success(redirect, "report.extensionRequest.sent");
        return "redirect:/reports#period-" + form.getPeriodId();
    }

    @GetMapping("/{id}/refuse")
    String refusal(@PathVariable long id, Model model) {
        model.addAttribute("page", requests.decisionPage(id));
        model.addAttribute("form", requests.refusalForm(id));
        return REFUSAL_PAGE;
    }

    @PostMapping("/{id}/refuse")
    String refuse(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ExtensionRefusalForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        boolean refused = Forms.run(
                result,
                () -> requests.refuse(id, form, user),
                () -> form.setVersion(requests.refusalForm(id).getVersion()));
        ExtensionRequests.RequestPage page = requests.decisionPage(id);
        if (refused) {
            Flash.success(redirect, "report.extensionRequest.refused", page.unitName());
            return "redirect:/reports/queue";
        }
        model.addAttribute("page", page);
        return REFUSAL_PAGE;
    }
}
