package vn.itplan.plan;

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
import vn.itplan.web.VersionedEntity;

/**
 * An annual IT-application plan (Kế hoạch ứng dụng CNTT), such as Kon Tum's 263/KH-UBND of 2015. Its legal
 * bases, sections, targets and tasks are rows of their own that point here by {@code planId}.
 */
@Entity
@Table(name = "plan")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Plan extends VersionedEntity {

    public static final String DEFAULT_ISSUER = "UBND tỉnh Kon Tum";

    /** As written: 263/KH-UBND. */
    @Column(nullable = false, length = 60)
    private String number;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(nullable = false)
    private String issuer = DEFAULT_ISSUER;

    @Column(length = 120)
    private String signer;

    @Column(name = "signer_title", length = 120)
    private String signerTitle;

    @Column(length = 255)
    private String fields;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "baseline_period_id")
    private Long baselinePeriodId;

    @Column(name = "revision_of")
    private Long revisionOf;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by", length = 64)
    private String issuedBy;

    /** The leader who signed the draft off for issue, and when (null: not signed off). */
    @Column(name = "signed_off_by", length = 64)
    private String signedOffBy;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    /** "Nơi nhận", one recipient a line, without the final "Lưu: VT" line (null: the units the tasks name). */
    @Column(length = 4000)
    private String recipients;

    Plan(PlanDetails details) {
        edit(details);
    }

    /** The metadata as staff edit it. */
    PlanDetails details() {
        return new PlanDetails(
                number,
                title,
                year,
                issueDate,
                effectiveDate,
                issuer,
                signer,
                signerTitle,
                fields,
                baselinePeriodId,
                recipients);
    }

    void edit(PlanDetails details) {
        this.number = details.number();
        this.title = details.title();
        this.year = details.year();
        this.issueDate = details.issueDate();
        this.effectiveDate = details.effectiveDate();
        this.issuer = details.issuer() == null ? DEFAULT_ISSUER : details.issuer();
        this.signer = details.signer();
        this.signerTitle = details.signerTitle();
        this.fields = details.fields();
        this.baselinePeriodId = details.baselinePeriodId();
        this.recipients = details.recipients();
    }

    /** A leader approves the draft for issue. */
    void signOff(Instant at, String by) {
        signedOffAt = at;
        signedOffBy = by;
    }

    public boolean isSignedOff() {
        return signedOffAt != null;
    }

    /** The recipients as lines (empty: none were typed). */
    public java.util.List<String> recipientLines() {
        return recipients == null
                ? java.util.List.of()
                : recipients
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
    }

    /** Issues the draft: in force from its effective date, or from its issue date when none was given. */
    void issue(Instant at, String by) {
        if (effectiveDate == null) {
            effectiveDate = issueDate;
        }
        status = PlanStatus.ISSUED;
        issuedAt = at;
        issuedBy = by;
    }

    /** A new draft with this plan's metadata that revises it (same number, the next revision number). */
    Plan revision() {
        Plan copy = new Plan(details());
        copy.revisionOf = getId();
        copy.signedOffAt = null;
        copy.signedOffBy = null;
        copy.revisionNo = revisionNo + 1;
        return copy;
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    public boolean isIssued() {
        return status == PlanStatus.ISSUED;
    }
}
