package vn.itplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One unit's status report for one period. The figures live in four 1:1 sections sharing this id
 * ({@link InfrastructureInventory}, {@link EmailAdoption}, {@link EofficeAdoption}, {@link PublicServices});
 * this row carries the workflow: state, who did what when, the latest review comment.
 */
@Entity
@Table(name = "status_report")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class StatusReport extends UnitPeriodRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportState state = ReportState.DRAFT;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    /** The local date of the first submission: timeliness is judged on it. */
    @Column(name = "first_submitted_on")
    private LocalDate firstSubmittedOn;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "returned_by", length = 64)
    private String returnedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "reopened_by", length = 64)
    private String reopenedBy;

    /** The latest review comment (return, reopen or approval note); the history is in {@link ReportComment}. */
    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    /** The soft warnings the unit acknowledged at its last submission, one {@link Warning#encode()} per line. */
    @Column(name = "acknowledged_warnings", length = 4000)
    private String acknowledgedWarnings;

    StatusReport(Long unitId, Long periodId, String actor, Instant now) {
        super(unitId, periodId);
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    void touch(String actor, Instant now) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Sent for review; the first submission's local date is kept, timeliness is judged on it. */
    void submit(String actor, Instant now, LocalDate today, String acknowledgedWarnings) {
        this.state = ReportAction.SUBMIT.target();
        this.submittedAt = now;
        this.submittedBy = actor;
        if (this.firstSubmittedOn == null) {
            this.firstSubmittedOn = today;
        }
        this.acknowledgedWarnings = acknowledgedWarnings;
        touch(actor, now);
    }

    /** A review decision (approve, return, reopen) moving the report to {@code target}, with its comment. */
    void review(ReportAction decision, ReportState target, String actor, Instant now, String comment) {
        switch (decision) {
            case APPROVE -> {
                this.approvedAt = now;
                this.approvedBy = actor;
            }
            case RETURN -> {
                this.returnedAt = now;
                this.returnedBy = actor;
            }
            case REOPEN -> {
                this.reopenedAt = now;
                this.reopenedBy = actor;
            }
            default -> throw new IllegalArgumentException(decision + " is not a review decision");
        }
        this.state = target;
        this.reviewComment = comment;
        touch(actor, now);
    }
}
