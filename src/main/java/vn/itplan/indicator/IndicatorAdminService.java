package vn.itplan.indicator;

import java.util.List;
import java.util.Map;
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
class IndicatorAdminService {

    static final String ENTITY = "Indicator";
    private static final String CODE_CONSTRAINT = "uq_indicator_code";

    private final IndicatorRepository indicators;
    private final IndicatorService lookups;
    private final AuditService audit;

    @Transactional(readOnly = true)
    List<Indicator> findAll() {
        return lookups.findAll();
    }

    @Transactional(readOnly = true)
    Indicator get(Long id) {
        return lookups.get(id);
    }

    /**
     * The rules of {@link #create} and {@link #update} checked without saving, so that they show together
     * with Bean Validation's errors; {@code id} is null for a new indicator. Saving checks them again.
     */
    @Transactional(readOnly = true)
    Problems check(IndicatorForm form, Long id) {
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
    Indicator create(IndicatorForm form, CurrentUser user) {
        check(form, null).throwIfAny();
        Indicator indicator = new Indicator(
                form.getCode(), form.getNameVi(), form.getNameEn(), form.getUnitOfMeasure(), form.getAggregation());
        apply(form, indicator);
        UniqueKeys.saveOrReject(CODE_CONSTRAINT, duplicateCode(), () -> indicators.saveAndFlush(indicator));
        FieldChanges changes = FieldChanges.between(Map.of(), snapshot(indicator));
        audit.record(
                user.username(),
                "INDICATOR_CREATED",
                ENTITY,
                indicator.getId(),
                indicator.getCode() + " " + indicator.getNameVi(),
                changes.details());
        return indicator;
    }

    /** Saves everything but the code, which stays what it was. */
    @StaffOnly
    Indicator update(Long id, IndicatorForm form, CurrentUser user) {
        Indicator indicator = lookups.get(id);
        StaleEditException.check("indicator", id, form.getVersion(), indicator.getVersion());
        check(form, id).throwIfAny();
        Map<String, String> before = snapshot(indicator);
        apply(form, indicator);
        indicators.flush();
        FieldChanges changes = FieldChanges.between(before, snapshot(indicator));
        if (!changes.isEmpty()) {
            audit.record(
                    user.username(),
                    "INDICATOR_UPDATED",
                    ENTITY,
                    id,
                    indicator.getCode() + ": " + changes.names(),
                    changes.details());
        }
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
        values.put(
                "validFromYear",
                indicator.getValidFromYear() == null
                        ? null
                        : indicator.getValidFromYear().toString());
        values.put(
                "validToYear",
                indicator.getValidToYear() == null
                        ? null
                        : indicator.getValidToYear().toString());
        values.put("sortOrder", String.valueOf(indicator.getSortOrder()));
        return values;
    }
}
