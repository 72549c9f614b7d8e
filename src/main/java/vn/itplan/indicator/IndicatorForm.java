package vn.itplan.indicator;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.MaxLength;
import vn.itplan.web.RequiredText;

/**
 * What staff type to add or edit an indicator: its names, unit and definition, beside what every catalogue form has
 * ({@link CatalogueController.Form}). The code is only taken on creation (see {@link IndicatorAdminService#update}).
 */
@Getter
@Setter
class IndicatorForm extends CatalogueController.Form {

    static final String CODE_PATTERN = "[A-Z]{2,3}[0-9]{2}";

    @RequiredText(max = 300)
    private String nameVi;

    @RequiredText(max = 300)
    private String nameEn;

    @RequiredText(max = 50)
    private String unitOfMeasure;

    @MaxLength(2000)
    private String definition;

    @NotNull(message = "{validation.required}")
    private Aggregation aggregation;

    @Override
    @Pattern(regexp = CODE_PATTERN, message = "{indicator.code.invalid}")
    public String getCode() {
        return super.getCode();
    }

    static IndicatorForm blank(int year) {
        IndicatorForm form = new IndicatorForm();
        form.aggregation = Aggregation.SUM;
        form.setValidFromYear(year);
        return form;
    }

    static IndicatorForm of(Indicator indicator) {
        IndicatorForm form = new IndicatorForm();
        form.copy(
                indicator.getCode(),
                indicator.getValidFromYear(),
                indicator.getValidToYear(),
                indicator.getSortOrder(),
                indicator.getVersion());
        form.nameVi = indicator.getNameVi();
        form.nameEn = indicator.getNameEn();
        form.unitOfMeasure = indicator.getUnitOfMeasure();
        form.definition = indicator.getDefinition();
        form.aggregation = indicator.getAggregation();
        return form;
    }
}
