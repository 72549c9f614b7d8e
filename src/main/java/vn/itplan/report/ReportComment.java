package vn.itplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One entry of a report's review history: a submission note, a return, a reopening, an approval note. */
@Entity
@Table(name = "report_comment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ReportComment extends ReportRecord {

    enum Kind {
        SUBMIT,
        RETURN,
        APPROVE,
        REOPEN,
        NOTE
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 2000)
    private String body;

    ReportComment(Long reportId, Kind kind, String author, Instant createdAt, String body) {
        super(reportId);
        this.kind = kind;
        this.author = author;
        this.createdAt = createdAt;
        this.body = body;
    }

    public String kindKey() {
        return "report.comment.kind." + kind.name();
    }
}
