package vn.itplan.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/** A plan's metadata as staff type it (new plan and edit). A mutable bean, as the web binder fills it. */
@Getter
@Setter
class PlanForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.tooLong}")
    private String number;

    @NotBlank(message = "{validation.required}")
    @Size(max = 1000, message = "{validation.tooLong}")
    private String title;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{plan.year.range}")
    @Max(value = 2100, message = "{plan.year.range}")
    private Integer year;

    private LocalDate issueDate;

    private LocalDate effectiveDate;

    @NotBlank(message = "{validation.required}")
    @Size(max = 255, message = "{validation.tooLong}")
    private String issuer;

    @Size(max = 120, message = "{validation.tooLong}")
    private String signer;

    @Size(max = 120, message = "{validation.tooLong}")
    private String signerTitle;

    @Size(max = 255, message = "{validation.tooLong}")
    private String fields;

    private Long baselinePeriodId;

    /** "Nơi nhận", one recipient a line. */
    @Size(max = 4000, message = "{validation.tooLong}")
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
