package vn.itplan.report;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.itplan.web.MaxLength;

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
    @Count(max = 100_000)
    private Integer staffCount;

    @Count(max = 100_000)
    private Integer pcs;

    @Count(max = 100_000)
    private Integer pcsInternet;

    @Count(max = 100_000)
    private Integer pcsAntivirus;

    @Count(max = 10_000)
    private Integer servers;

    @Count(max = 100_000)
    private Integer printers;

    @Count(max = 100_000)
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

    @Count(max = 10_000)
    private Integer itStaff;

    // --- thư điện tử công vụ
    @Count(max = 200_000)
    private Integer mailboxes;

    @Count(max = 100_000)
    private Integer staffUsingEmail;

    private Boolean usesEmailRegularly;

    @DecimalMin(value = "0", message = NOT_NEGATIVE)
    @DecimalMax(value = "100", message = "{report.validation.percent}")
    @Digits(integer = 3, fraction = 2, message = "{report.validation.decimals}")
    private BigDecimal outgoingEmailPercent;

    @Count(max = 100_000)
    private Integer staffUsingFreeMail;

    // --- eOffice
    private Boolean deployed;
    private LocalDate deployedSince;

    @Count(max = 100_000)
    private Integer activeUsers;

    @Count(max = 10_000_000)
    private Integer incomingDocs;

    @Count(max = 10_000_000)
    private Integer incomingDocsElectronic;

    @Count(max = 10_000_000)
    private Integer outgoingDocs;

    @Count(max = 10_000_000)
    private Integer outgoingDocsElectronic;

    private Boolean interconnected;
    private Boolean digitalSignatures;

    // --- dịch vụ công trực tuyến
    @Count(max = 10_000)
    private Integer level1;

    @Count(max = 10_000)
    private Integer level2;

    @Count(max = 10_000)
    private Integer level3;

    @Count(max = 10_000)
    private Integer level4;

    /** The extra report fields ({@link ExtraField}) as typed, by code; parsed and checked by {@link ExtraValues}. */
    private Map<String, String> extra = new java.util.LinkedHashMap<>();

    /** A note sent with the submission (optional). */
    @MaxLength(2000)
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
