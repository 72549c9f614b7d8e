package vn.itplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.VersionedEntity;

/** A plan's target (chỉ tiêu) for one indicator of the catalogue: from the baseline to the target value. */
@Entity
@Table(name = "plan_target")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanTarget extends VersionedEntity implements PlanDrafts.Item {

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "indicator_id", nullable = false)
    private Long indicatorId;

    @Column(name = "baseline_value", precision = 18, scale = 4)
    private BigDecimal baselineValue;

    @Column(name = "target_value", nullable = false, precision = 18, scale = 4)
    private BigDecimal targetValue;

    @Column(length = 1000)
    private String note;

    /** A plausible value made up for the demo data, not taken from a document. */
    @Column(nullable = false)
    private boolean demo;

    PlanTarget(Long planId, Long indicatorId, BigDecimal baselineValue, BigDecimal targetValue, String note) {
        this.planId = planId;
        this.indicatorId = indicatorId;
        this.baselineValue = baselineValue;
        this.targetValue = targetValue;
        this.note = note;
    }

    /** New values confirmed by staff: no longer a made-up demo value. */
    void revise(Long indicatorId, BigDecimal baselineValue, BigDecimal targetValue, String note) {
        this.indicatorId = indicatorId;
        this.baselineValue = baselineValue;
        this.targetValue = targetValue;
        this.note = note;
        this.demo = false;
    }

    PlanTarget copyTo(Long planId) {
        PlanTarget copy = new PlanTarget(planId, indicatorId, baselineValue, targetValue, note);
        copy.demo = demo;
        return copy;
    }
}
