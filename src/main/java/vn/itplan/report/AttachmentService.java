package vn.itplan.report;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.AuditText;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.UserText;

/**
 * Evidence attachments of a report: only the unit and the staff see them; only the unit adds or removes them, and
 * only while it may edit the report. The type comes from the content; the name is sanitised; size and SHA-256
 * are kept; every change is audited on the report.
 */
@RequiredArgsConstructor
@Service
@Transactional
class AttachmentService {

    static final long MAX_MEGABYTES = 10;
    static final long MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    static final int MAX_PER_REPORT = 30;

    /** How much of the name the user's file had is kept in the audit trail. */
    static final int ORIGINAL_NAME_AUDITED = 500;

    private final ReportAccess reports;
    private final ReportAttachmentRepository attachments;
    private final AttachmentContentStore contents;
    private final AuditService audit;

    /** A file to send: its safe name, its detected type and its bytes. */
    record Download(String fileName, String contentType, byte[] content) {}

    /**
     * Adds a file to the report's evidence. The report's row is locked first, so that uploads in parallel are
     * counted one after the other against the limit per report.
     */
    ReportAttachment add(Long reportId, MultipartFile file, CurrentUser user) {
        StatusReport report = editable(reports.readableLocked(reportId, user), user);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "report.attachment.empty");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new InvalidInputException("file", "report.attachment.tooLarge", MAX_MEGABYTES);
        }
        if (attachments.countByReportId(report.getId()) >= MAX_PER_REPORT) {
            throw new InvalidInputException("file", "report.attachment.tooMany", MAX_PER_REPORT);
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new InvalidInputException("file", "report.attachment.unreadable");
        }
        EvidenceType type = EvidenceType.detect(content);
        if (type == null) {
            throw new InvalidInputException("file", "report.attachment.typeRefused");
        }
        String original = FileNames.capped(UserText.clean(file.getOriginalFilename()), ORIGINAL_NAME_AUDITED);
        String name = FileNames.sanitise(original, type);
        String sha256 = sha256(content);
        ReportAttachment attachment = attachments.saveAndFlush(new ReportAttachment(
                report.getId(), name, type.contentType(), content.length, sha256, user.username(), reports.now()));
        contents.save(attachment.getId(), content);
        audit.record(
                user.username(),
                "ATTACHMENT_ADDED",
                ReportAccess.ENTITY,
                report.getId(),
                AuditText.of("audit.summary.attachment", name),
                "type: " + type.contentType() + "\nsize: " + content.length + "\nsha256: " + sha256 + "\noriginalName: "
                        + original);
        return attachment;
    }

    @Transactional(readOnly = true)
    Download download(Long reportId, Long attachmentId, CurrentUser user) {
        StatusReport report = reports.readable(reportId, user);
        if (!reports.context(report, user).perms().can(ReportAction.VIEW_EVIDENCE)) {
            throw new NotFoundException("attachment", attachmentId);
        }
        ReportAttachment attachment = attachments
                .findByIdAndReportId(attachmentId, report.getId())
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        byte[] content = contents.load(attachment.getId());
        if (content == null) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return new Download(attachment.getFileName(), attachment.getContentType(), content);
    }

    void delete(Long reportId, Long attachmentId, CurrentUser user) {
        StatusReport report = editable(reports.readable(reportId, user), user);
        ReportAttachment attachment = attachments
                .findByIdAndReportId(attachmentId, report.getId())
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        contents.delete(attachment.getId());
        attachments.delete(attachment);
        audit.record(
                user.username(),
                "ATTACHMENT_DELETED",
                ReportAccess.ENTITY,
                report.getId(),
                AuditText.of("audit.summary.attachment", attachment.getFileName()),
                "size: " + attachment.getSizeBytes() + "\nsha256: " + attachment.getSha256());
    }

    /** The report the user may see, if they may change its evidence now (403 or a lock otherwise). */
    private StatusReport editable(StatusReport report, CurrentUser user) {
        reports.context(report, user).check(report.getState(), ReportAction.EDIT);
        return report;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
