package vn.itplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * What the four sections of a report have in common: each is one row keyed by its report's id. Their figures are
 * written only through {@link ReportSections}.
 */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
abstract class ReportSection {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    @Getter(AccessLevel.NONE)
    private StatusReport report;

    protected ReportSection(StatusReport report) {
        this.report = report;
    }
}
