package vn.itplan.report;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.AuditText;
import vn.itplan.period.PeriodService;
import vn.itplan.report.ReportViews.CommentedField;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.Problems;

/**
 * Staff comments on a report without a decision, on the whole report or on one of its fields: kept with the review
 * history, audited as {@code REPORT_COMMENTED}, and the unit is told ({@link ReportCommented}).
 */
@RequiredArgsConstructor
@Service
@Transactional
class ReportComments {

    private static final int COMMENT_LENGTH = 2000;

    private final ReportAccess access;
    private final ReportCommentRepository comments;
    private final PeriodService periods;
    private final ExtraValues extras;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    /** A comment on the whole report (the review form's "comment only"). */
    @StaffOnly
    void comment(Long id, ReviewForm form, CurrentUser user) {
        StatusReport report = access.readable(id, user);
        String comment = ReportSubmissions.trimToNull(form.getComment());
        Problems problems = new Problems();
        if (comment == null) {
            problems.reject("comment", "report.review.noteRequired");
        } else if (comment.length() > COMMENT_LENGTH) {
            problems.reject("comment", "report.review.commentTooLong", COMMENT_LENGTH);
        }
        problems.throwIfAny();
        keep(report, null, comment, report.getState().name(), user);
    }

    /** What is wrong with a comment on a field: a field that is not one of the report's, a missing or long text. */
    @StaffOnly
    @Transactional(readOnly = true)
    Problems check(Long id, ReportCommentForm form, CurrentUser user) {
        return check(access.readable(id, user), form);
    }

    /** A comment on one field of the report, shown next to that field to the unit and to the staff. */
    @StaffOnly
    void commentOnField(Long id, ReportCommentForm form, CurrentUser user) {
        StatusReport report = access.readable(id, user);
        check(report, form).throwIfAny();
        CommentedField field = fieldsOf(report).get(form.getField().strip());
        Object label = field.labelKey() != null ? AuditText.key(field.labelKey()) : field.key();
        keep(
                report,
                field.key(),
                form.getText().strip(),
                AuditText.of("audit.summary.report.fieldCommented", label),
                user);
    }

    private Problems check(StatusReport report, ReportCommentForm form) {
        Problems problems = new Problems();
        String key = ReportSubmissions.trimToNull(form.getField());
        if (key == null) {
            problems.reject("field", "report.fieldComment.fieldRequired");
        } else if (!fieldsOf(report).containsKey(key)) {
            problems.reject("field", "report.fieldComment.unknownField");
        }
        String text = ReportSubmissions.trimToNull(form.getText());
        if (text == null) {
            problems.reject("text", "report.review.noteRequired");
        } else if (text.length() > ReportCommentForm.TEXT_LENGTH) {
            problems.reject("text", "report.review.commentTooLong", ReportCommentForm.TEXT_LENGTH);
        }
        return problems;
    }

    /** The fields of the report: the built-in ones and the extra fields of its period's year. */
    private java.util.Map<String, CommentedField> fieldsOf(StatusReport report) {
        return CommentedField.all(
                extras.fieldsIn(periods.get(report.getPeriodId()).getYear()));
    }

    private void keep(StatusReport report, String fieldKey, String text, String summary, CurrentUser user) {
        comments.save(new ReportComment(
                report.getId(), ReportComment.Kind.NOTE, user.username(), access.now(), text, fieldKey));
        audit.record(
                user.username(), "REPORT_COMMENTED", ReportAccess.ENTITY, report.getId(), summary, "comment: " + text);
        events.publishEvent(
                new ReportCommented(report.getId(), report.getUnitId(), report.getPeriodId(), user.username(), text));
    }
}
