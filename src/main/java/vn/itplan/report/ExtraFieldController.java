package vn.itplan.report;

import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.itplan.indicator.CatalogueController;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.Forms;

/**
 * {@code /report-fields}: the extra report fields IT staff add to the report form (beside the indicator catalogue,
 * with the same screens), and their deletion. Staff only (SecurityConfig).
 */
@Controller
@RequestMapping("/report-fields")
class ExtraFieldController extends CatalogueController<ExtraField, ExtraFieldForm> {

    private static final String LIST = "reports/fields";
    private static final String FORM = "reports/field-form";

    private final ExtraFieldAdminService fields;

    ExtraFieldController(ExtraFieldAdminService fields, Clock clock) {
        super(fields, clock, ExtraFieldForm::blank, ExtraFieldForm::of, "/report-fields", LIST, FORM, "reportfield");
        this.fields = fields;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        String code = fields.get(id).getCode();
        Forms.act(redirect, () -> fields.delete(id, user), "reportfield.deleted", code);
        return "redirect:/report-fields";
    }

    /** The type is fixed (shown, not chosen) once a report has a value for the field. */
    @Override
    protected void addFormData(Long id, Model model) {
        boolean typeFixed = id != null && fields.hasValues(id);
        model.addAttribute("typeFixed", typeFixed);
        model.addAttribute("fixedType", typeFixed ? fields.get(id).getType() : null);
        model.addAttribute("types", ExtraFieldType.values());
        model.addAttribute("sections", ReportField.Section.values());
    }
}
