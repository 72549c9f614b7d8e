package vn.itplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.IdEntity;

/**
 * What the rows kept about one report have in common (a review comment, a snapshot of its figures, an evidence
 * file): an id of their own and the report they belong to, which never changes.
 */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
abstract class ReportRecord extends IdEntity {

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    protected ReportRecord(Long reportId) {
        this.reportId = reportId;
    }
}
