package vn.itplan.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.FieldChanges;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.StaleEditException;

/**
 * What IT staff change in the indicator catalogue. An indicator's code is fixed once created: plan
 * targets and issued plan documents cite it. A changed definition is a new code, with the old one's
 * valid years closed. Indicators are not deleted, for the same reason. Every change is audited.
 */
@Service
@Transactional
class IndicatorAdminService {

    static final String ENTITY = "Indicator";
    private static final String CODE_CONSTRAINT = "uq_indicator_code";

    private final IndicatorRepository indicators;
    private final IndicatorService lookups;
    private final AuditService audit;

    IndicatorAdminService(IndicatorRepository indicators, IndicatorService lookups, AuditService audit) {
        this.indicators = indicators;
        this.lookups = lookups;
        this.audit = audit;
    }

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
    List<InvalidInputException> problems(IndicatorForm form, Long id) {
        List<InvalidInputException> problems = new ArrayList<>();
        if (id == null && form.getCode() != null && form.getCode().matches(IndicatorForm.CODE_PATTERN)
                && indicators.existsByCode(form.getCode())) {
            problems.add(new InvalidInputException("code", "indicator.code.duplicate"));
        }
        if (form.getValidFromYear() != null && form.getValidToYear() != null
                && form.getValidToYear() < form.getValidFromYear()) {
            problems.add(new InvalidInputException("validToYear", "indicator.validTo.beforeFrom"));
        }
        return problems;
    }

    Indicator create(IndicatorForm form, String actor) {
        if (indicators.existsByCode(form.getCode())) {
            throw new InvalidInputException("code", "indicator.code.duplicate");
        }
        requireYears(form);
        Indicator indicator = new Indicator(form.getCode(), form.getNameVi(), form.getNameEn(),
                form.getUnitOfMeasure(), form.getAggregation());
        apply(form, indicator);
        try {
            indicators.saveAndFlush(indicator);
        } catch (DataIntegrityViolationException e) {
            throw duplicateCodeOr(e);
        }
        FieldChanges changes = FieldChanges.between(Map.of(), snapshot(indicator));
        audit.record(actor, "INDICATOR_CREATED", ENTITY, indicator.getId(),
                indicator.getCode() + " " + indicator.getNameVi(), changes.details());
        return indicator;
    }

    /** Saves everything but the code, which stays what it was. */
    Indicator update(Long id, IndicatorForm form, String actor) {
        Indicator indicator = lookups.get(id);
        StaleEditException.check("indicator", id, form.getVersion(), indicator.getVersion());
        requireYears(form);
        Map<String, String> before = snapshot(indicator);
        apply(form, indicator);
        indicators.flush();
        FieldChanges changes = FieldChanges.between(before, snapshot(indicator));
        if (!changes.isEmpty()) {
            audit.record(actor, "INDICATOR_UPDATED", ENTITY, id, indicator.getCode() + ": " + changes.names(),
                    changes.details());
        }
        return indicator;
    }

    private static void requireYears(IndicatorForm form) {
        if (form.getValidFromYear() != null && form.getValidToYear() != null
                && form.getValidToYear() < form.getValidFromYear()) {
            throw new InvalidInputException("validToYear", "indicator.validTo.beforeFrom");
        }
    }

    private static RuntimeException duplicateCodeOr(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return message.contains(CODE_CONSTRAINT) ? new InvalidInputException("code", "indicator.code.duplicate") : e;
    }

    private static void apply(IndicatorForm form, Indicator indicator) {
        indicator.setNameVi(form.getNameVi());
        indicator.setNameEn(form.getNameEn());
        indicator.setUnitOfMeasure(form.getUnitOfMeasure());
        indicator.setDefinition(form.getDefinition());
        indicator.setAggregation(form.getAggregation());
        indicator.setValidFromYear(form.getValidFromYear());
        indicator.setValidToYear(form.getValidToYear());
        indicator.setSortOrder(form.getSortOrder());
    }

    private static Map<String, String> snapshot(Indicator indicator) {
        Map<String, String> values = FieldChanges.snapshot();
        values.put("code", indicator.getCode());
        values.put("nameVi", indicator.getNameVi());
        values.put("nameEn", indicator.getNameEn());
        values.put("unitOfMeasure", indicator.getUnitOfMeasure());
        values.put("definition", indicator.getDefinition());
        values.put("aggregation", indicator.getAggregation().name());
        values.put("validFromYear", indicator.getValidFromYear() == null ? null : indicator.getValidFromYear().toString());
        values.put("validToYear", indicator.getValidToYear() == null ? null : indicator.getValidToYear().toString());
        values.put("sortOrder", String.valueOf(indicator.getSortOrder()));
        return values;
    }
}
