package vn.itplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * An evidence document (tài liệu kiểm chứng) of a report: its metadata. The bytes are in
 * {@code report_attachment_content}, read only on download ({@link AttachmentContentStore}).
 */
@Entity
@Table(name = "report_attachment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ReportAttachment extends ReportRecord {

    /** Sanitised: no path, no control characters. */
    @Column(name = "file_name", nullable = false)
    private String fileName;

    /** Detected from the content, never from the name. */
    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    ReportAttachment(
            Long reportId,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {
        super(reportId);
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }
}
