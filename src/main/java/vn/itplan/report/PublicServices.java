package vn.itplan.report;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Online public services at levels 1–4 (NĐ 43/2011/NĐ-CP); an optional section. */
@Entity
@Table(name = "public_services")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class PublicServices {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    @Getter(AccessLevel.NONE)
    private StatusReport report;

    private Integer level1;

    private Integer level2;

    private Integer level3;

    private Integer level4;

    PublicServices(StatusReport report) {
        this.report = report;
    }
}
