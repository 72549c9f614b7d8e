package vn.itplan.plan;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.MaxLength;

/** A target for one indicator; {@code id} and {@code version} for an edit. */
@Getter
@Setter
class TargetForm {

    private Long id;

    @NotNull(message = "{validation.required}")
    private Long indicatorId;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 14, fraction = 4, message = "{plan.target.digits}")
    private BigDecimal baselineValue;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 14, fraction = 4, message = "{plan.target.digits}")
    private BigDecimal targetValue;

    @MaxLength(1000)
    private String note;

    private Long version;

    static TargetForm of(PlanTarget target) {
        TargetForm form = new TargetForm();
        form.id = target.getId();
        form.indicatorId = target.getIndicatorId();
        form.baselineValue = target.getBaselineValue();
        form.targetValue = target.getTargetValue();
        form.note = target.getNote();
        form.version = target.getVersion();
        return form;
    }
}
