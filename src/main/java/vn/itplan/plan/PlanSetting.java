package vn.itplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The plan rules staff set on screen (one row): whether a leader must sign a draft off before it is issued. */
@Entity
@Table(name = "plan_setting")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class PlanSetting {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "sign_off_required", nullable = false)
    private boolean signOffRequired;

    @Version
    private long version;

    void requireSignOff(boolean required) {
        this.signOffRequired = required;
    }
}
