package vn.itplan.report;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Online public services at levels 1–4 (NĐ 43/2011/NĐ-CP); an optional section. */
@Entity
@Table(name = "public_services")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class PublicServices extends ReportSection {

    private Integer level1;

    private Integer level2;

    private Integer level3;

    private Integer level4;

    PublicServices(StatusReport report) {
        super(report);
    }
}
