package vn.itplan.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.FieldChanges;
import vn.itplan.indicator.CatalogueAdminService;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.Problems;

/**
 * What IT staff change in the extra report fields. The code is fixed once created (formulas and exports cite it);
 * the type is fixed once a report has a value; a field with values, or read by an indicator formula, is not deleted
 * but ended (a last valid year). Every change is audited.
 */
@Service
@Transactional
class ExtraFieldAdminService extends CatalogueAdminService<ExtraField, ExtraFieldForm> {

    static final String ENTITY = "ReportExtraField";
    private static final Catalogue CATALOGUE = new Catalogue(
            ENTITY,
            "report field",
            "reportfield",
            ExtraFieldForm.CODE_PATTERN,
            "uq_report_extra_field_code",
            "REPORT_FIELD_CREATED",
            "REPORT_FIELD_UPDATED");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ExtraFieldRepository fields;
    private final ExtraValueRepository values;
    private final ExtraFieldService lookups;
    private final IndicatorService indicators;
    private final AuditService audit;

    ExtraFieldAdminService(
            ExtraFieldRepository fields,
            ExtraValueRepository values,
            ExtraFieldService lookups,
            IndicatorService indicators,
            AuditService audit) {
        super(CATALOGUE, fields, audit);
        this.fields = fields;
        this.values = values;
        this.lookups = lookups;
        this.indicators = indicators;
        this.audit = audit;
    }

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

    @Override
    protected void checkMore(ExtraFieldForm form, Long id, Problems problems) {
        if (id != null && form.getType() != null) {
            ExtraField field = lookups.get(id);
            if (field.getType() != form.getType() && values.existsByFieldId(id)) {
                problems.reject("type", "reportfield.type.fixed");
            }
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
    }

    @Override
    protected boolean codeExists(String code) {
        return fields.existsByCode(code);
    }

    @Override
    protected ExtraField newRecord(ExtraFieldForm form) {
        return new ExtraField(form.getCode(), form.getType());
    }

    @Override
    protected String code(ExtraField field) {
        return field.getCode();
    }

    @Override
    protected String name(ExtraField field) {
        return field.getLabelVi();
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

    /** The type too, which {@link #checkMore} keeps as it was once a report has a value. */
    @Override
    protected void apply(ExtraFieldForm form, ExtraField field) {
        field.changeType(form.getType());
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

    @Override
    protected Map<String, String> snapshot(ExtraField field) {
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
