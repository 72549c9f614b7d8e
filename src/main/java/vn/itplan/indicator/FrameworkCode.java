package vn.itplan.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An indicator's code in an external framework (a DTI sub-index, an ICT Index criterion). */
@Entity
@Table(name = "indicator_framework_code")
@IdClass(FrameworkCode.Key.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class FrameworkCode {

    /** The frameworks the portal knows. */
    public static final String DTI = "DTI";

    public static final String ICT_INDEX = "ICT_INDEX";

    @Id
    @Column(name = "indicator_id")
    private Long indicatorId;

    @Id
    @Column(length = 40)
    private String framework;

    @Column(nullable = false, length = 30)
    private String code;

    FrameworkCode(Long indicatorId, String framework, String code) {
        this.indicatorId = indicatorId;
        this.framework = framework;
        this.code = code;
    }

    void recode(String code) {
        this.code = code;
    }

    @EqualsAndHashCode
    @NoArgsConstructor
    @AllArgsConstructor
    static class Key implements Serializable {
        private Long indicatorId;
        private String framework;
    }
}
