package vn.itplan.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.Setter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Flash;
import vn.itplan.web.Forms;
import vn.itplan.web.Problems;
import vn.itplan.web.SortOrder;
import vn.itplan.web.UserText;
import vn.itplan.web.VersionedEntity;
import vn.itplan.web.YearField;

/**
 * The screens of a catalogue of coded records that IT staff keep: the indicators and, beside them, the extra report
 * fields. The list (model {@code records}), a new record (from the current year), an edit (model {@code recordId});
 * the code is fixed once created, so an edit keeps the record's code whatever was sent. An edit made on an older
 * version comes back with the user's input and the current values beside it (model {@code current}). Messages:
 * {@code <messages>.created} and {@code <messages>.saved}, with the code. Staff only (SecurityConfig).
 *
 * @param <R> the record
 * @param <F> its form, the model attribute {@code form}
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class CatalogueController<R extends VersionedEntity, F extends CatalogueController.Form> {

    /**
     * What every catalogue form has: the code (trimmed and in capitals as it is bound; its pattern is the
     * subclass's, declared on {@code getCode}), the first and last year the record holds, where it sorts, and the
     * version it was opened with. A mutable bean (see PeriodForm).
     */
    @Getter
    @Setter
    public abstract static class Form {

        @NotNull(message = "{validation.required}")
        private String code;

        @YearField
        private Integer validFromYear;

        @YearField
        private Integer validToYear;

        @SortOrder
        private Integer sortOrder = 0;

        private Long version;

        public void setCode(String code) {
            this.code = UserText.code(code);
        }

        /** Fills in what every catalogue record has, from a stored one. */
        protected void copy(String code, Integer validFromYear, Integer validToYear, int sortOrder, long version) {
            this.code = code;
            this.validFromYear = validFromYear;
            this.validToYear = validToYear;
            this.sortOrder = sortOrder;
            this.version = version;
        }
    }

    /** What the screens need of a catalogue's service. */
    public interface Admin<R, F> {
        List<R> findAll();

        R get(Long id);

        /** The rules of create and update, checked without saving; {@code id} is null for a new record. */
        Problems check(F form, Long id);

        R create(F form, CurrentUser user);

        R update(Long id, F form, CurrentUser user);
    }

    private final Admin<R, F> admin;
    private final Clock clock;
    /** A form for a new record, valid from the given year. */
    private final IntFunction<F> blankForm;
    /** The form of a stored record. */
    private final Function<R, F> formOf;
    /** The route of the list ({@code /indicators}). */
    private final String path;

    private final String listView;
    private final String formView;
    /** The prefix of the flash messages' keys ({@code indicator}). */
    private final String messages;

    /** What the form page needs beyond the form (the choices of its drop-downs); {@code id} is null for a new record. */
    protected void addFormData(Long id, Model model) {}

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("records", admin.findAll());
        return listView;
    }

    @GetMapping("/new")
    String newRecord(Model model) {
        model.addAttribute("form", blankForm.apply(LocalDate.now(clock).getYear()));
        return showForm(null, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") F form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        if (!Forms.run(result, admin.check(form, null), () -> admin.create(form, user))) {
            return showForm(null, model);
        }
        Flash.success(redirect, messages + ".created", form.getCode());
        return "redirect:" + path;
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", formOf.apply(admin.get(id)));
        return showForm(id, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") F form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        form.setCode(formOf.apply(admin.get(id)).getCode());
        if (!Forms.run(
                result,
                admin.check(form, id),
                () -> admin.update(id, form, user),
                Forms.showCurrent(model, () -> admin.get(id), form::setVersion))) {
            return showForm(id, model);
        }
        Flash.success(redirect, messages + ".saved", form.getCode());
        return "redirect:" + path;
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("recordId", id);
        addFormData(id, model);
        return formView;
    }
}
