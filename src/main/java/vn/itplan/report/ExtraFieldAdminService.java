package vn.itplan.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.FieldChanges;
import vn.itplan.indicator.CatalogueController;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.Problem;
import vn.itplan.web.Problems;
import vn.itplan.web.StaleEditException;
import vn.itplan.web.UniqueKeys;

/**
 * What IT staff change in the extra report fields. The code is fixed once created (formulas and exports cite it);
 * the type is fixed once a report has a value; a field with values, or read by an indicator formula, is not deleted
 * but ended (a last valid year). Every change is audited.
 */
@RequiredArgsConstructor
@Service
@Transactional
class ExtraFieldAdminService implements CatalogueController.Admin<ExtraField, ExtraFieldForm> {

    static final String ENTITY = "ReportExtraField";
    private static final String CODE_CONSTRAINT = "uq_report_extra_field_code";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ExtraFieldRepository fields;
    private final ExtraValueRepository values;
    private final ExtraFieldService lookups;
    private final IndicatorService indicators;
    private final AuditService audit;

    @Transactional(readOnly = true)
    @Override
    public List<ExtraField> findAll() {
        return lookups.findAll();
    }

    @Transactional(readOnly = true)
    @Override
    public ExtraField get(Long id) {
        return lookups.get(id);
    }

    /** Whether the field has values in some report (then its type is fixed and it cannot be deleted). */
    @Transactional(readOnly = true)
    boolean hasValues(Long id) {
        return values.existsByFieldId(id);
    }

    @Transactional(readOnly = true)
    @Override
    public Problems check(ExtraFieldForm form, Long id) {
        Problems problems = new Problems();
        if (id == null
                && form.getCode() != null
                && form.getCode().matches(ExtraFieldForm.CODE_PATTERN)
                && fields.existsByCode(form.getCode())) {
            problems.add(duplicateCode());
        }
        if (id != null && form.getType() != null) {
            ExtraField field = lookups.get(id);
            if (field.getType() != form.getType() && values.existsByFieldId(id)) {
                problems.reject("type", "reportfield.type.fixed");
            }
        }
        if (form.getValidFromYear() != null
                && form.getValidToYear() != null
                && form.getValidToYear() < form.getValidFromYear()) {
            problems.reject("validToYear", "reportfield.validTo.beforeFrom");
        }
        if (form.getMinValue() != null
                && form.getMaxValue() != null
                && form.getMaxValue().compareTo(form.getMinValue()) < 0) {
            problems.reject("maxValue", "reportfield.max.belowMin");
        }
        if (form.getType() == ExtraFieldType.PERCENTAGE) {
            if (form.getMinValue() != null && form.getMinValue().signum() < 0) {
                problems.reject("minValue", "reportfield.percent.range");
            }
            if (form.getMaxValue() != null && form.getMaxValue().compareTo(HUNDRED) > 0) {
                problems.reject("maxValue", "reportfield.percent.range");
            }
        }
        return problems;
    }

    @StaffOnly
    @Override
    public ExtraField create(ExtraFieldForm form, CurrentUser user) {
        check(form, null).throwIfAny();
        ExtraField field = new ExtraField(form.getCode(), form.getType());
        apply(form, field);
        UniqueKeys.saveOrReject(CODE_CONSTRAINT, duplicateCode(), () -> fields.saveAndFlush(field));
        audit.recordCreation(
                user.username(),
                "REPORT_FIELD_CREATED",
                ENTITY,
                field.getId(),
                field.getCode() + " " + field.getLabelVi(),
                snapshot(field));
        return field;
    }

    @StaffOnly
    @Override
    public ExtraField update(Long id, ExtraFieldForm form, CurrentUser user) {
        ExtraField field = lookups.get(id);
        StaleEditException.check("report field", id, form.getVersion(), field.getVersion());
        check(form, id).throwIfAny();
        Map<String, String> before = snapshot(field);
        field.changeType(form.getType());
        apply(form, field);
        fields.flush();
        audit.recordChanges(
                user.username(),
                "REPORT_FIELD_UPDATED",
                ENTITY,
                id,
                field.getCode(),
                FieldChanges.between(before, snapshot(field)));
        return field;
    }

    /** Deletes a field no report has answered and no formula reads; otherwise it can only be ended. */
    @StaffOnly
    void delete(Long id, CurrentUser user) {
        ExtraField field = lookups.get(id);
        if (values.existsByFieldId(id) || indicators.fieldInFormulas(id)) {
            new Problems().rejectGlobal("reportfield.inUse", field.getCode()).throwIfAny();
        }
        fields.delete(field);
        fields.flush();
        audit.record(user.username(), "REPORT_FIELD_DELETED", ENTITY, id, field.getCode() + " " + field.getLabelVi());
    }

    private static Problem duplicateCode() {
        return Problem.field("code", "reportfield.code.duplicate");
    }

    private static void apply(ExtraFieldForm form, ExtraField field) {
        field.describe(
                form.getLabelVi(),
                form.getLabelEn(),
                form.getUnitOfMeasure(),
                form.getMinValue(),
                form.getMaxValue(),
                form.isRequired(),
                form.getHelpVi(),
                form.getHelpEn());
        field.place(form.getSection(), form.getValidFromYear(), form.getValidToYear(), form.getSortOrder());
    }

    private static Map<String, String> snapshot(ExtraField field) {
        Map<String, String> v = FieldChanges.snapshot();
        v.put("code", field.getCode());
        v.put("labelVi", field.getLabelVi());
        v.put("labelEn", field.getLabelEn());
        v.put("type", field.getType().name());
        v.put("unitOfMeasure", field.getUnitOfMeasure());
        v.put(
                "minValue",
                field.getMinValue() == null ? null : field.getMinValue().toPlainString());
        v.put(
                "maxValue",
                field.getMaxValue() == null ? null : field.getMaxValue().toPlainString());
        v.put("required", String.valueOf(field.isRequired()));
        v.put("section", field.getSection().name());
        v.put("validFromYear", String.valueOf(field.getValidFromYear()));
        v.put("validToYear", Objects.toString(field.getValidToYear(), null));
        v.put("sortOrder", String.valueOf(field.getSortOrder()));
        return v;
    }
}
