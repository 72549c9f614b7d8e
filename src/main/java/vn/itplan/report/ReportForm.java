package vn.itplan.report;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * What the unit types into its report: one page, four sections. A mutable bean (bound field by field) so that a
 * wrong value in one field does not hide the problems of the others. The checks here hold for every save,
 * draft or not (a count is a whole number, not negative, not absurd); what submission needs on top
 * (required answers, PCs with Internet ≤ PCs, ...) is in {@link ReportRules}. Property names are those of
 * {@link ReportField} and of the section entities.
 */
@Getter
@Setter
public class ReportForm {

    static final String NOT_NEGATIVE = "{validation.notNegative}";
    static final String TOO_LARGE = "{report.validation.tooLarge}";

    // --- hạ tầng kỹ thuật
    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 100_000, message = TOO_LARGE)
    private Integer staffCount;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 100_000, message = TOO_LARGE)
    private Integer pcs;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 100_000, message = TOO_LARGE)
    private Integer pcsInternet;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 100_000, message = TOO_LARGE)
    private Integer pcsAntivirus;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 10_000, message = TOO_LARGE)
    private Integer servers;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 100_000, message = TOO_LARGE)
    private Integer printers;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 100_000, message = TOO_LARGE)
    private Integer scanners;

    private Boolean hasLan;

    @Min(value = 1990, message = "{report.validation.year}")
    @Max(value = 2100, message = "{report.validation.year}")
    private Integer lanUpgradedYear;

    @DecimalMin(value = "0", message = NOT_NEGATIVE)
    @DecimalMax(value = "100000", message = TOO_LARGE)
    @Digits(integer = 8, fraction = 2, message = "{report.validation.decimals}")
    private BigDecimal bandwidthMbps;

    private Boolean onGovNetwork;
    private Boolean hasFirewall;
    private Boolean hasIds;
    private Boolean hasBackup;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 10_000, message = TOO_LARGE)
    private Integer itStaff;

    // --- thư điện tử công vụ
    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 200_000, message = TOO_LARGE)
    private Integer mailboxes;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 100_000, message = TOO_LARGE)
    private Integer staffUsingEmail;

    private Boolean usesEmailRegularly;

    @DecimalMin(value = "0", message = NOT_NEGATIVE)
    @DecimalMax(value = "100", message = "{report.validation.percent}")
    @Digits(integer = 3, fraction = 2, message = "{report.validation.decimals}")
    private BigDecimal outgoingEmailPercent;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 100_000, message = TOO_LARGE)
    private Integer staffUsingFreeMail;

    // --- eOffice
    private Boolean deployed;
    private LocalDate deployedSince;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 100_000, message = TOO_LARGE)
    private Integer activeUsers;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 10_000_000, message = TOO_LARGE)
    private Integer incomingDocs;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 10_000_000, message = TOO_LARGE)
    private Integer incomingDocsElectronic;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 10_000_000, message = TOO_LARGE)
    private Integer outgoingDocs;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 10_000_000, message = TOO_LARGE)
    private Integer outgoingDocsElectronic;

    private Boolean interconnected;
    private Boolean digitalSignatures;

    // --- dịch vụ công trực tuyến
    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 10_000, message = TOO_LARGE)
    private Integer level1;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 10_000, message = TOO_LARGE)
    private Integer level2;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 10_000, message = TOO_LARGE)
    private Integer level3;

    @Min(value = 0, message = NOT_NEGATIVE)
    @Max(value = 10_000, message = TOO_LARGE)
    private Integer level4;

    /** A note sent with the submission (optional). */
    @Size(max = 2000, message = "{validation.tooLong}")
    private String note;

    /** Codes of the soft warnings the user ticked as checked and correct. */
    private List<String> acknowledged = new ArrayList<>();

    /** The report's version when the form was opened. */
    private Long version;

    static ReportForm of(Map<ReportField, Object> values, long version) {
        ReportForm form = new ReportForm();
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(form);
        values.forEach((field, value) -> wrapper.setPropertyValue(field.property(), value));
        form.version = version;
        return form;
    }

    /** Every figure as typed (after binding), in form order. Unticked boxes count as "no". */
    Map<ReportField, Object> values() {
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(this);
        Map<ReportField, Object> values = new EnumMap<>(ReportField.class);
        for (ReportField field : ReportField.values()) {
            Object value = wrapper.getPropertyValue(field.property());
            if (field.kind() == ReportField.Kind.CHECK && value == null) {
                value = Boolean.FALSE;
            }
            values.put(field, ReportField.normalise(value));
        }
        return values;
    }
}
