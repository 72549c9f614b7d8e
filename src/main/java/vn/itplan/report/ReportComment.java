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

/**
 * One entry of a report's review history: a submission note, a return, a reopening, an approval note, a staff note;
 * a staff note may be about one field of the report ({@link #fieldKey}: a built-in field's property or an extra
 * field's code).
 */
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

    /** The field the comment is about; null: the whole report. */
    @Column(name = "field_key", length = 64)
    private String fieldKey;

    ReportComment(Long reportId, Kind kind, String author, Instant createdAt, String body) {
        this(reportId, kind, author, createdAt, body, null);
    }

    ReportComment(Long reportId, Kind kind, String author, Instant createdAt, String body, String fieldKey) {
        super(reportId);
        this.kind = kind;
        this.author = author;
        this.createdAt = createdAt;
        this.body = body;
        this.fieldKey = fieldKey;
    }

    public String kindKey() {
        return "report.comment.kind." + kind.name();
    }
}
