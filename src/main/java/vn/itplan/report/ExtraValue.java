package vn.itplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One report's value of one {@link ExtraField}, in the column of the field's type. */
@Entity
@Table(name = "report_extra_value")
@IdClass(ExtraValue.Key.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ExtraValue {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Id
    @Column(name = "field_id")
    private Long fieldId;

    @Column(name = "number_value", precision = 18, scale = 4)
    private BigDecimal numberValue;

    @Column(name = "yes_no")
    private Boolean yesNo;

    @Column(name = "text_value", length = 500)
    private String textValue;

    ExtraValue(Long reportId, Long fieldId) {
        this.reportId = reportId;
        this.fieldId = fieldId;
    }

    /** Stores the value in the column of its type: a BigDecimal, a Boolean or a String. */
    void set(Object value) {
        this.numberValue = value instanceof BigDecimal d ? d : null;
        this.yesNo = value instanceof Boolean b ? b : null;
        this.textValue = value instanceof String s ? s : null;
    }

    /** The value as set: a BigDecimal (trailing zeros dropped), a Boolean or a String. */
    Object value() {
        if (numberValue != null) {
            return ReportField.normalise(numberValue);
        }
        return yesNo != null ? yesNo : textValue;
    }

    @lombok.EqualsAndHashCode
    @NoArgsConstructor
    @lombok.AllArgsConstructor
    static class Key implements Serializable {
        private Long reportId;
        private Long fieldId;
    }
}
