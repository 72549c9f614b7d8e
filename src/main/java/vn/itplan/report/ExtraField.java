package vn.itplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.VersionedEntity;

/**
 * A report field defined by IT staff (not a column of a section table): shown in one section of the report form in
 * the years it is valid, its values in {@code report_extra_value}, typed. Once a field has values its type is fixed
 * and it cannot be deleted, only ended (a last valid year). An indicator formula may read it like a built-in measure.
 */
@Entity
@Table(name = "report_extra_field")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ExtraField extends VersionedEntity {

    @Column(nullable = false, length = 30, updatable = false)
    private String code;

    @Column(name = "label_vi", nullable = false, length = 300)
    private String labelVi;

    @Column(name = "label_en", nullable = false, length = 300)
    private String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 16)
    private ExtraFieldType type;

    @Column(name = "unit_of_measure", length = 50)
    private String unitOfMeasure;

    @Column(name = "min_value", precision = 18, scale = 4)
    private BigDecimal minValue;

    @Column(name = "max_value", precision = 18, scale = 4)
    private BigDecimal maxValue;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "help_vi", length = 1000)
    private String helpVi;

    @Column(name = "help_en", length = 1000)
    private String helpEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportField.Section section;

    @Column(name = "valid_from_year", nullable = false)
    private int validFromYear;

    @Column(name = "valid_to_year")
    private Integer validToYear;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    public ExtraField(String code, ExtraFieldType type) {
        this.code = code;
        this.type = type;
    }

    /** Everything but the code and the type. */
    void describe(
            String labelVi,
            String labelEn,
            String unitOfMeasure,
            BigDecimal minValue,
            BigDecimal maxValue,
            boolean required,
            String helpVi,
            String helpEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.unitOfMeasure = unitOfMeasure;
        this.minValue = minValue;
        this.maxValue = maxValue;
        this.required = required;
        this.helpVi = helpVi;
        this.helpEn = helpEn;
    }

    void place(ReportField.Section section, int validFromYear, Integer validToYear, int sortOrder) {
        this.section = section;
        this.validFromYear = validFromYear;
        this.validToYear = validToYear;
        this.sortOrder = sortOrder;
    }

    /** The service refuses this once values exist. */
    void changeType(ExtraFieldType type) {
        this.type = type;
    }

    public boolean validIn(int year) {
        return validFromYear <= year && (validToYear == null || year <= validToYear);
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelVi;
    }

    public String help(Locale locale) {
        return "en".equals(locale.getLanguage()) ? helpEn : helpVi;
    }

    /** The name of its input on the report form ({@code extra[<code>]}). */
    public String inputName() {
        return "extra[" + code + "]";
    }
}
