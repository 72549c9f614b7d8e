package vn.itplan.indicator;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.MaxLength;
import vn.itplan.web.RequiredText;
import vn.itplan.web.SortOrder;
import vn.itplan.web.UserText;
import vn.itplan.web.YearField;

/**
 * What staff type to add or edit an indicator. A mutable bean (see PeriodForm). The code is normalised
 * to upper case as it is bound; it is only taken on creation (see {@link IndicatorAdminService#update}).
 */
@Getter
@Setter
class IndicatorForm implements CatalogueController.Form {

    static final String CODE_PATTERN = "[A-Z]{2,3}[0-9]{2}";

    @NotNull(message = "{validation.required}")
    @Pattern(regexp = CODE_PATTERN, message = "{indicator.code.invalid}")
    private String code;

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

    public void setNameVi(String nameVi) {
        this.nameVi = UserText.stripToNull(nameVi);
    }

    public void setNameEn(String nameEn) {
        this.nameEn = UserText.stripToNull(nameEn);
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = UserText.stripToNull(unitOfMeasure);
    }

    public void setDefinition(String definition) {
        this.definition = UserText.stripToNull(definition);
    }

    static IndicatorForm blank(int year) {
        IndicatorForm form = new IndicatorForm();
        form.aggregation = Aggregation.SUM;
        form.validFromYear = year;
        return form;
    }

    static IndicatorForm of(Indicator indicator) {
        IndicatorForm form = new IndicatorForm();
        form.code = indicator.getCode();
        form.nameVi = indicator.getNameVi();
        form.nameEn = indicator.getNameEn();
        form.unitOfMeasure = indicator.getUnitOfMeasure();
        form.definition = indicator.getDefinition();
        form.aggregation = indicator.getAggregation();
        form.validFromYear = indicator.getValidFromYear();
        form.validToYear = indicator.getValidToYear();
        form.sortOrder = indicator.getSortOrder();
        form.version = indicator.getVersion();
        return form;
    }
}
