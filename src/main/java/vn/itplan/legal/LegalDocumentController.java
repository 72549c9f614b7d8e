package vn.itplan.legal;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;

/**
 * {@code /legal-bases}: the catalogue of legal documents (căn cứ pháp lý) that plans cite: a searchable list,
 * a document's page, new and edit. Staff only (SecurityConfig). There is no delete yet: a document may be
 * deleted only when no plan cites it, and plans are another feature.
 */
@RequiredArgsConstructor
@Controller
@RequestMapping("/legal-bases")
class LegalDocumentController {

    static final int PAGE_SIZE = 20;
    private static final String LIST = "legal/list";
    private static final String FORM = "legal/form";
    private static final String DETAIL = "legal/detail";

    private final LegalDocumentService documents;
    private final LegalDocumentAdminService admin;
    private final MessageSource messages;

    @InitBinder("form")
    void formBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id", "seq", "numberYear", "typeCode", "issuerCode", "searchText");
    }

    /** A filter that does not bind is left out: the search still runs, without it. */
    @GetMapping
    String list(
            @ModelAttribute("search") LegalSearchForm search,
            BindingResult ignoredFilters,
            @PageableDefault(size = PAGE_SIZE) Pageable pageable,
            Model model) {
        LegalDocumentQuery query = search.query();
        Page<LegalDocument> page = documents.search(query, PageRequest.of(pageable.getPageNumber(), PAGE_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("query", query);
        model.addAttribute("types", LegalDocType.values());
        model.addAttribute("years", documents.issueYears());
        return LIST;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        model.addAttribute("doc", documents.get(id));
        model.addAttribute("history", admin.history(id));
        return DETAIL;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new LegalDocumentForm());
        return showForm(model, null);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") LegalDocumentForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Optional<LegalDocument> created = Forms.save(result, admin.check(form, null), () -> admin.create(form, user));
        if (created.isEmpty()) {
            return showForm(model, null);
        }
        Flash.success(redirect, "legal.created", created.get().getNumber());
        return "redirect:/legal-bases/" + created.get().getId();
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        model.addAttribute("form", LegalDocumentForm.of(documents.get(id)));
        return showForm(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") LegalDocumentForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        documents.get(id); // an unknown document is a 404, even with errors in the form
        Optional<LegalDocument> saved = Forms.save(
                result,
                admin.check(form, id),
                () -> admin.update(id, form, user),
                Forms.showCurrent(model, () -> documents.get(id), form::setVersion));
        if (saved.isEmpty()) {
            return showForm(model, id);
        }
        boolean unchanged = saved.get().getVersion() == form.getVersion();
        Flash.success(
                redirect,
                unchanged ? "legal.unchanged" : "legal.updated",
                saved.get().getNumber());
        return "redirect:/legal-bases/" + id;
    }

    /** What the number field's live check shows while staff type (htmx): the parts, or why it is not a number. */
    @GetMapping("/number-check")
    String numberCheck(@RequestParam(defaultValue = "") String number, Model model, Locale locale) {
        if (!number.isBlank()) {
            LegalNumberParser.Result result = LegalNumberParser.parse(number);
            if (result instanceof LegalNumberParser.Rejected rejected) {
                model.addAttribute("problem", messages.getMessage(rejected.reasonKey(), rejected.args(), locale));
            } else {
                LegalNumber parsed = result.number().orElseThrow();
                model.addAttribute("number", parsed);
                model.addAttribute("changed", !parsed.text().equals(number.strip()));
                model.addAttribute("suggestedType", suggestedType(parsed));
            }
        }
        return "legal/number-check :: numberCheck";
    }

    /** The type to pre-select for a number: a law for QH11, the type of the code, a letter without a code. */
    static LegalDocType suggestedType(LegalNumber number) {
        Set<LegalDocType> types = number.possibleTypes();
        if (types.contains(LegalDocType.LUAT)) {
            return LegalDocType.LUAT;
        }
        return types.stream().filter(t -> t != LegalDocType.OTHER).findFirst().orElse(LegalDocType.OTHER);
    }

    private String showForm(Model model, Long id) {
        model.addAttribute("id", id);
        if (id != null) {
            model.addAttribute("docNumber", documents.get(id).getNumber());
        }
        model.addAttribute("types", LegalDocType.values());
        model.addAttribute("issuers", admin.issuers());
        model.addAttribute("fields", admin.fields());
        return FORM;
    }
}
