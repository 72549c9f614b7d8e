package vn.itplan.plan;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.MaxLength;
import vn.itplan.web.RequiredText;
import vn.itplan.web.YearField;

/** A plan's metadata as staff type it (new plan and edit). A mutable bean, as the web binder fills it. */
@Getter
@Setter
class PlanForm {

    @RequiredText(max = 60)
    private String number;

    @RequiredText(max = 1000)
    private String title;

    @NotNull(message = "{validation.required}")
    @YearField
    private Integer year;

    private LocalDate issueDate;

    private LocalDate effectiveDate;

    @RequiredText(max = 255)
    private String issuer;

    @MaxLength(120)
    private String signer;

    @MaxLength(120)
    private String signerTitle;

    @MaxLength(255)
    private String fields;

    private Long baselinePeriodId;

    /** "Nơi nhận", one recipient a line. */
    @MaxLength(4000)
    private String recipients;

    /** A new plan starts from the standard outline (StandardOutline). */
    private boolean outline;

    /** The plan's version when the form was opened (edits only). */
    private Long version;

    static PlanForm blank(int year) {
        PlanForm form = new PlanForm();
        form.year = year;
        form.issuer = Plan.DEFAULT_ISSUER;
        form.signerTitle = "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH";
        form.fields = "Công nghệ thông tin";
        form.outline = true;
        return form;
    }

    /** What was typed, cleaned: one-line texts trimmed, empty as null. */
    PlanDetails details() {
        return new PlanDetails(
                PlanText.oneLine(number),
                PlanText.oneLine(title),
                year == null ? 0 : year,
                issueDate,
                effectiveDate,
                PlanText.oneLine(issuer),
                PlanText.oneLine(signer),
                PlanText.oneLine(signerTitle),
                PlanText.oneLine(fields),
                baselinePeriodId,
                PlanText.text(recipients));
    }

    static PlanForm of(Plan plan) {
        PlanForm form = new PlanForm();
        form.number = plan.getNumber();
        form.title = plan.getTitle();
        form.year = plan.getYear();
        form.issueDate = plan.getIssueDate();
        form.effectiveDate = plan.getEffectiveDate();
        form.issuer = plan.getIssuer();
        form.signer = plan.getSigner();
        form.signerTitle = plan.getSignerTitle();
        form.fields = plan.getFields();
        form.baselinePeriodId = plan.getBaselinePeriodId();
        form.recipients = plan.getRecipients();
        form.version = plan.getVersion();
        return form;
    }
}
