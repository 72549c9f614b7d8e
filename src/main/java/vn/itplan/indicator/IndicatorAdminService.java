package vn.itplan.indicator;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.FieldChanges;

/**
 * What IT staff change in the indicator catalogue. An indicator's code is fixed once created: plan
 * targets and issued plan documents cite it. A changed definition is a new code, with the old one's
 * valid years closed. Indicators are not deleted, for the same reason. Every change is audited.
 */
@Service
@Transactional
class IndicatorAdminService extends CatalogueAdminService<Indicator, IndicatorForm> {

    static final String ENTITY = "Indicator";
    private static final Catalogue CATALOGUE = new Catalogue(
            ENTITY,
            "indicator",
            "indicator",
            IndicatorForm.CODE_PATTERN,
            "uq_indicator_code",
            "INDICATOR_CREATED",
            "INDICATOR_UPDATED");

    private final IndicatorRepository indicators;
    private final IndicatorService lookups;

    IndicatorAdminService(IndicatorRepository indicators, IndicatorService lookups, AuditService audit) {
        super(CATALOGUE, indicators, audit);
        this.indicators = indicators;
        this.lookups = lookups;
    }

    @Transactional(readOnly = true)
    @Override
    public List<Indicator> findAll() {
        return lookups.findAll();
    }

    @Transactional(readOnly = true)
    @Override
    public Indicator get(Long id) {
        return lookups.get(id);
    }

    @Override
    protected boolean codeExists(String code) {
        return indicators.existsByCode(code);
    }

    @Override
    protected Indicator newRecord(IndicatorForm form) {
        return new Indicator(
                form.getCode(), form.getNameVi(), form.getNameEn(), form.getUnitOfMeasure(), form.getAggregation());
    }

    @Override
    protected String code(Indicator indicator) {
        return indicator.getCode();
    }

    @Override
    protected String name(Indicator indicator) {
        return indicator.getNameVi();
    }

    @Override
    protected void apply(IndicatorForm form, Indicator indicator) {
        indicator.describe(
                form.getNameVi(),
                form.getNameEn(),
                form.getUnitOfMeasure(),
                form.getDefinition(),
                form.getAggregation());
        indicator.validBetween(form.getValidFromYear(), form.getValidToYear(), form.getSortOrder());
    }

    @Override
    protected Map<String, String> snapshot(Indicator indicator) {
        Map<String, String> values = FieldChanges.snapshot();
        values.put("code", indicator.getCode());
        values.put("nameVi", indicator.getNameVi());
        values.put("nameEn", indicator.getNameEn());
        values.put("unitOfMeasure", indicator.getUnitOfMeasure());
        values.put("definition", indicator.getDefinition());
        values.put("aggregation", indicator.getAggregation().name());
        values.put("validFromYear", Objects.toString(indicator.getValidFromYear(), null));
        values.put("validToYear", Objects.toString(indicator.getValidToYear(), null));
        values.put("sortOrder", String.valueOf(indicator.getSortOrder()));
        return values;
    }
}
