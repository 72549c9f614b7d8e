package vn.itplan.report;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The bytes of evidence attachments, kept apart from their metadata so that listing attachments never reads a
 * file (bytea on PostgreSQL, varbinary on H2).
 */
@RequiredArgsConstructor
@Repository
class AttachmentContentStore {

    private final JdbcTemplate jdbc;

    void save(long attachmentId, byte[] content) {
        jdbc.update(
                "insert into report_attachment_content (attachment_id, content) values (?, ?)", attachmentId, content);
    }

    byte[] load(long attachmentId) {
        return jdbc.query(
                "select content from report_attachment_content where attachment_id = ?",
                rs -> rs.next() ? rs.getBytes(1) : null,
                attachmentId);
    }

    void delete(long attachmentId) {
        jdbc.update("delete from report_attachment_content where attachment_id = ?", attachmentId);
    }
}
