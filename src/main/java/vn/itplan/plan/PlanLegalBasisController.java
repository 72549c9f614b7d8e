package vn.itplan.plan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;

/**
 * The legal-bases panel: the catalogue search as it is typed ({@code legal-search}, an htmx fragment of one page of
 * results) and adding a document found there. Moving and removing are in PlanItemController.
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/plans/{planId}")
class PlanLegalBasisController {

    static final String RESULTS = "plans/panels/legal-bases :: results";

    private final PlanLegalBasisService bases;
    private final PlanService plans;
    private final PlanPageModel page;

    /** The results for htmx; a browser that asks for it directly gets the plan page with the same search. */
    @GetMapping("/legal-search")
    String search(
            @PathVariable Long planId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        if (request.getHeader("HX-Request") == null) {
            return backToSearch(planId, q, page);
        }
        model.addAttribute("planId", planId);
        model.addAttribute("docSearch", bases.search(planId, q, page));
        return RESULTS;
    }

    @PostMapping("/legal-bases")
    String add(
            @PathVariable Long planId,
            @Valid @ModelAttribute("basisForm") LegalBasisForm form,
            BindingResult result,
            @RequestParam(required = false) String q,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        if (Forms.run(result, () -> bases.add(planId, form.getDocumentId(), user))) {
            Flash.success(redirect, "plan.basis.added");
            return backToSearch(planId, q, 0);
        }
        return page.show(plans.page(planId, user), q, 0, model);
    }

    /** The plan page at its legal-bases panel, with the search the user had typed. */
    private static String backToSearch(Long planId, String q, int docPage) {
        return "redirect:"
                + UriComponentsBuilder.fromPath("/plans/{id}")
                        .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                        .queryParamIfPresent("docPage", Optional.of(docPage).filter(p -> p > 0))
                        .fragment("panel-legal")
                        .buildAndExpand(planId)
                        .encode()
                        .toUriString();
    }
}
