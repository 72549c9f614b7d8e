package vn.itplan.indicator;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.FieldChanges;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.Problem;
import vn.itplan.web.Problems;
import vn.itplan.web.StaleEditException;
import vn.itplan.web.UniqueKeys;

/**
 * What IT staff change in the indicator catalogue. An indicator's code is fixed once created: plan
 * targets and issued plan documents cite it. A changed definition is a new code, with the old one's
 * valid years closed. Indicators are not deleted, for the same reason. Every change is audited.
 */
@RequiredArgsConstructor
@Service
@Transactional
class IndicatorAdminService implements CatalogueController.Admin<Indicator, IndicatorForm> {

    static final String ENTITY = "Indicator";
    private static final String CODE_CONSTRAINT = "uq_indicator_code";

    private final IndicatorRepository indicators;
    private final IndicatorService lookups;
    private final AuditService audit;

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

    /**
     * The rules of {@link #create} and {@link #update} checked without saving, so that they show together
     * with Bean Validation's errors; {@code id} is null for a new indicator. Saving checks them again.
     */
    @Transactional(readOnly = true)
    @Override
    public Problems check(IndicatorForm form, Long id) {
        Problems problems = new Problems();
        if (id == null
                && form.getCode() != null
                && form.getCode().matches(IndicatorForm.CODE_PATTERN)
                && indicators.existsByCode(form.getCode())) {
            problems.add(duplicateCode());
        }
        if (form.getValidFromYear() != null
                && form.getValidToYear() != null
                && form.getValidToYear() < form.getValidFromYear()) {
            problems.reject("validToYear", "indicator.validTo.beforeFrom");
        }
        return problems;
    }

    @StaffOnly
    @Override
    public Indicator create(IndicatorForm form, CurrentUser user) {
        check(form, null).throwIfAny();
        Indicator indicator = new Indicator(
                form.getCode(), form.getNameVi(), form.getNameEn(), form.getUnitOfMeasure(), form.getAggregation());
        apply(form, indicator);
        UniqueKeys.saveOrReject(CODE_CONSTRAINT, duplicateCode(), () -> indicators.saveAndFlush(indicator));
        audit.recordCreation(
                user.username(),
                "INDICATOR_CREATED",
                ENTITY,
                indicator.getId(),
                indicator.getCode() + " " + indicator.getNameVi(),
                snapshot(indicator));
        return indicator;
    }

    /** Saves everything but the code, which stays what it was. */
    @StaffOnly
    @Override
    public Indicator update(Long id, IndicatorForm form, CurrentUser user) {
        Indicator indicator = lookups.get(id);
        StaleEditException.check("indicator", id, form.getVersion(), indicator.getVersion());
        check(form, id).throwIfAny();
        Map<String, String> before = snapshot(indicator);
        apply(form, indicator);
        indicators.flush();
        audit.recordChanges(
                user.username(),
                "INDICATOR_UPDATED",
                ENTITY,
                id,
                indicator.getCode(),
                FieldChanges.between(before, snapshot(indicator)));
        return indicator;
    }

    private static Problem duplicateCode() {
        return Problem.field("code", "indicator.code.duplicate");
    }

    private static void apply(IndicatorForm form, Indicator indicator) {
        indicator.describe(
                form.getNameVi(),
                form.getNameEn(),
                form.getUnitOfMeasure(),
                form.getDefinition(),
                form.getAggregation());
        indicator.validBetween(form.getValidFromYear(), form.getValidToYear(), form.getSortOrder());
    }

    private static Map<String, String> snapshot(Indicator indicator) {
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
