package vn.itplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Use of official e-mail (thư điện tử công vụ). */
@Entity
@Table(name = "email_adoption")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EmailAdoption extends ReportSection {

    private Integer mailboxes;

    @Column(name = "staff_using_email")
    private Integer staffUsingEmail;

    @Column(name = "uses_email_regularly")
    private Boolean usesEmailRegularly;

    /** Share of outgoing documents also sent by e-mail, 0–100. */
    @Column(name = "outgoing_email_percent", precision = 5, scale = 2)
    private BigDecimal outgoingEmailPercent;

    @Column(name = "staff_using_free_mail")
    private Integer staffUsingFreeMail;

    EmailAdoption(StatusReport report) {
        super(report);
    }
}
