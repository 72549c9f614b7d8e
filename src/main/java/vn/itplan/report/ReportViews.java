package vn.itplan.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.itplan.report.ReportWorkflow.Lock;
import vn.itplan.report.ReportWorkflow.Permissions;

/** What the report pages show: everything a template needs, read inside the service's transaction. */
public final class ReportViews {

    private ReportViews() {}

    /** A value as shown: plain text, or a message key (yes/no, blank). */
    public record Cell(String text, String key) {

        static final Cell BLANK = new Cell("", "report.value.blank");
    }

    public record ReportHeader(
            Long id,
            long version,
            Long unitId,
            String unitName,
            PeriodLabel period,
            ReportState state,
            LocalDate dueDate,
            LocalDate extendedTo,
            boolean periodOpen,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            Instant submittedAt,
            String submittedBy,
            LocalDate firstSubmittedOn,
            Instant returnedAt,
            String returnedBy,
            Instant approvedAt,
            String approvedBy,
            Instant reopenedAt,
            String reopenedBy,
            String reviewComment,
            Timeliness timeliness) {}

    /**
     * One figure beside the previous approved report's ({@code previous} null: nothing comparable) and the change
     * ({@code delta} and, when the previous value is not zero, {@code share} of it for numbers; {@code changed}
     * for any kind); {@code remarkable}: moved more than 50%.
     */
    public record ValueRow(
            ReportField field,
            Cell current,
            Cell previous,
            BigDecimal delta,
            BigDecimal share,
            boolean changed,
            boolean remarkable) {}

    public record SectionRows(ReportField.Section section, List<ValueRow> rows) {}

    /** One field whose value differs from a snapshot's. */
    public record Change(ReportField field, Cell before, Cell after) {}

    /**
     * What changed since a submission or an approval ({@code kindKey}), taken at {@code since} by {@code by}; empty
     * {@code rows}: nothing.
     */
    public record Changes(String kindKey, Instant since, String by, List<Change> rows) {}

    /**
     * A comment of the review history; {@code field}: the field it is about (null: the whole report); {@code earlier}:
     * made before the report's latest submission, i.e. about figures the unit has sent again since.
     */
    public record CommentView(
            String kindKey, String author, Instant at, String body, CommentedField field, boolean earlier) {}

    /**
     * A field of a report that a comment can be about: {@code key} is a built-in field's property (with its label's
     * {@code labelKey}) or an extra field's code (with the {@code extra} field); a key that is neither any more has
     * both null and is shown as it is.
     */
    public record CommentedField(String key, String labelKey, ExtraField extra) {

        /** Every field of a report whose year has these extra fields, in form order, by key. */
        static Map<String, CommentedField> all(List<ExtraField> extras) {
            Map<String, CommentedField> fields = new java.util.LinkedHashMap<>();
            for (ReportField.Section section : ReportField.Section.values()) {
                for (ReportField field : section.fields()) {
                    fields.put(field.property(), new CommentedField(field.property(), field.labelKey(), null));
                }
                for (ExtraField extra : extras) {
                    if (extra.getSection() == section) {
                        fields.put(extra.getCode(), new CommentedField(extra.getCode(), null, extra));
                    }
                }
            }
            return fields;
        }
    }

    private static List<CommentView> onField(List<CommentView> comments, String key) {
        return comments.stream()
                .filter(c -> c.field() != null && c.field().key().equals(key))
                .toList();
    }

    public record AttachmentView(
            Long id,
            String fileName,
            String typeKey,
            long sizeBytes,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {}

    public record HistoryLine(Instant at, String actor, String action, String summary, String details) {}

    /** The read-only page of a report, with the review actions the user has. */
    public record ReportPage(
            ReportHeader header,
            Permissions perms,
            List<SectionRows> sections,
            PeriodLabel previousPeriod,
            List<Warning> acknowledged,
            List<CommentView> comments,
            List<AttachmentView> attachments,
            List<HistoryLine> history,
            List<Changes> changes,
            boolean mayComment,
            Map<String, CommentedField> fields) {

        /** The comments on one field (a built-in field's property or an extra field's code), oldest first. */
        public List<CommentView> onField(String key) {
            return ReportViews.onField(comments, key);
        }
    }

    /**
     * Around the edit form: who, which period, the previous values as hints, the evidence so far, the review history
     * and the report's fields in form order (by key, for the comments on them).
     */
    public record EditContext(
            ReportHeader header,
            Permissions perms,
            PeriodLabel previousPeriod,
            Map<String, Cell> previous,
            List<AttachmentView> attachments,
            List<CommentView> comments,
            Map<String, CommentedField> fields) {

        /** The comments on one field (a built-in field's property or an extra field's code), oldest first. */
        public List<CommentView> onField(String key) {
            return ReportViews.onField(comments, key);
        }

        /** The fields commented on since the latest submission, in form order. */
        public List<CommentedField> commentedFields() {
            List<String> keys = comments.stream()
                    .filter(c -> c.field() != null && !c.earlier())
                    .map(c -> c.field().key())
                    .toList();
            return fields.values().stream().filter(f -> keys.contains(f.key())).toList();
        }
    }

    /** One period in a unit's list: its report if started, or whether it can be started. */
    public record UnitPeriodRow(
            PeriodLabel period,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate dueDate,
            LocalDate extendedTo,
            boolean periodOpen,
            Long reportId,
            ReportState state,
            Lock lock,
            boolean canStart,
            boolean canEdit,
            PeriodLabel prefillFrom,
            Timeliness timeliness,
            Queue queue,
            String returnComment,
            Integer workingDaysLeft) {}

    /**
     * Where a period stands in the unit's work queue: a returned report first (with the comment), then what is due
     * within {@link ReportPages#CURRENT_DAYS} days or past its due date and can still be acted on, then the rest.
     */
    public enum Queue {
        RETURNED,
        CURRENT,
        OTHER;

        public String messageKey() {
            return "report.queue." + name();
        }
    }

    /** The unit's periods in queue order (by {@link Queue}, then newest first within each). */
    public record UnitReports(String unitName, Long unitId, List<UnitPeriodRow> rows) {

        public List<Queue> queues() {
            return List.of(Queue.values());
        }

        public List<UnitPeriodRow> in(Queue queue) {
            return rows.stream().filter(r -> r.queue() == queue).toList();
        }
    }
}
