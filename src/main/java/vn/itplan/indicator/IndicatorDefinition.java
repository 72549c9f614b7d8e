package vn.itplan.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.VersionedEntity;

/**
 * What an indicator computes from a year on, until the year of its next definition: how unit values add up
 * ({@link Aggregation}), the measures it reads (a built-in {@code report.ReportMeasure} by name, or an extra report
 * field by id), the condition a unit meets to be counted, the display scale, kind and decimals. A figure of a
 * period uses the definition valid in the period's year. See {@code src/docs/indicators.md} §2.
 */
@Entity
@Table(name = "indicator_definition")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class IndicatorDefinition extends VersionedEntity {

    @Column(name = "indicator_id", nullable = false, updatable = false)
    private Long indicatorId;

    @Column(name = "valid_from_year", nullable = false, updatable = false)
    private int validFromYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Aggregation aggregation;

    @Column(name = "numerator_measure", length = 40)
    private String numeratorMeasure;

    @Column(name = "numerator_field_id")
    private Long numeratorFieldId;

    @Column(name = "denominator_measure", length = 40)
    private String denominatorMeasure;

    @Column(name = "denominator_field_id")
    private Long denominatorFieldId;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_op", length = 4)
    private ConditionOp conditionOp;

    @Column(name = "condition_value", precision = 18, scale = 4)
    private BigDecimal conditionValue;

    @Column(nullable = false, precision = 12, scale = 4)
    private BigDecimal scale;

    @Enumerated(EnumType.STRING)
    @Column(name = "display_kind", nullable = false, length = 16)
    private DisplayKind displayKind;

    @Column(nullable = false)
    private int decimals;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by", length = 64)
    private String createdBy;

    public IndicatorDefinition(Long indicatorId, int validFromYear, Formula formula, Instant createdAt, String by) {
        this.indicatorId = indicatorId;
        this.validFromYear = validFromYear;
        this.createdAt = createdAt;
        this.createdBy = by;
        redefine(formula);
    }

    /** Replaces the formula of this year's definition (a definition of an earlier year is left alone). */
    void redefine(Formula formula) {
        this.aggregation = formula.aggregation();
        this.numeratorMeasure = formula.numerator().measure();
        this.numeratorFieldId = formula.numerator().fieldId();
        this.denominatorMeasure =
                formula.denominator() == null ? null : formula.denominator().measure();
        this.denominatorFieldId =
                formula.denominator() == null ? null : formula.denominator().fieldId();
        this.conditionOp = formula.conditionOp();
        this.conditionValue = formula.conditionValue();
        this.scale = formula.scale();
        this.displayKind = formula.displayKind();
        this.decimals = formula.decimals();
    }

    /** The formula as a value, for the roll-up. */
    public Formula formula() {
        return new Formula(
                aggregation,
                new Formula.MeasureRef(numeratorMeasure, numeratorFieldId),
                denominatorMeasure == null && denominatorFieldId == null
                        ? null
                        : new Formula.MeasureRef(denominatorMeasure, denominatorFieldId),
                conditionOp,
                conditionValue,
                scale,
                displayKind,
                decimals);
    }
}
