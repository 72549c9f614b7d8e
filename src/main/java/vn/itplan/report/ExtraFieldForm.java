package vn.itplan.report;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.indicator.CatalogueController;
import vn.itplan.web.MaxLength;
import vn.itplan.web.RequiredText;

/**
 * What IT staff type to add or edit an extra report field: its labels, type, bounds, help and section, beside what
 * every catalogue form has ({@link CatalogueController.Form}); here the first year must be filled in.
 */
@Getter
@Setter
class ExtraFieldForm extends CatalogueController.Form {

    static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,29}";

    @RequiredText(max = 300)
    private String labelVi;

    @RequiredText(max = 300)
    private String labelEn;

    @NotNull(message = "{validation.required}")
    private ExtraFieldType type;

    @MaxLength(50)
    private String unitOfMeasure;

    @Digits(integer = 14, fraction = 4, message = "{reportfield.digits}")
    private BigDecimal minValue;

    @Digits(integer = 14, fraction = 4, message = "{reportfield.digits}")
    private BigDecimal maxValue;

    private boolean required;

    @MaxLength(1000)
    private String helpVi;

    @MaxLength(1000)
    private String helpEn;

    @NotNull(message = "{validation.required}")
    private ReportField.Section section;

    @Override
    @Pattern(regexp = CODE_PATTERN, message = "{reportfield.code.invalid}")
    public String getCode() {
        return super.getCode();
    }

    @Override
    @NotNull(message = "{validation.required}")
    public Integer getValidFromYear() {
        return super.getValidFromYear();
    }

    static ExtraFieldForm blank(int year) {
        ExtraFieldForm form = new ExtraFieldForm();
        form.type = ExtraFieldType.YES_NO;
        form.section = ReportField.Section.EOFFICE;
        form.setValidFromYear(year);
        return form;
    }

    static ExtraFieldForm of(ExtraField field) {
        ExtraFieldForm form = new ExtraFieldForm();
        form.copy(
                field.getCode(),
                field.getValidFromYear(),
                field.getValidToYear(),
                field.getSortOrder(),
                field.getVersion());
        form.labelVi = field.getLabelVi();
        form.labelEn = field.getLabelEn();
        form.type = field.getType();
        form.unitOfMeasure = field.getUnitOfMeasure();
        form.minValue = field.getMinValue() == null ? null : field.getMinValue().stripTrailingZeros();
        form.maxValue = field.getMaxValue() == null ? null : field.getMaxValue().stripTrailingZeros();
        form.required = field.isRequired();
        form.helpVi = field.getHelpVi();
        form.helpEn = field.getHelpEn();
        form.section = field.getSection();
        return form;
    }
}
