package vn.itplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Use of the document-management and workflow software (QLVB&ĐH, "eOffice" in Kon Tum). */
@Entity
@Table(name = "eoffice_adoption")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EofficeAdoption extends ReportSection {

    private Boolean deployed;

    @Column(name = "deployed_since")
    private LocalDate deployedSince;

    @Column(name = "active_users")
    private Integer activeUsers;

    @Column(name = "incoming_docs")
    private Integer incomingDocs;

    @Column(name = "incoming_docs_electronic")
    private Integer incomingDocsElectronic;

    @Column(name = "outgoing_docs")
    private Integer outgoingDocs;

    @Column(name = "outgoing_docs_electronic")
    private Integer outgoingDocsElectronic;

    /** Liên thông: documents exchanged electronically with other units' systems. */
    private Boolean interconnected;

    @Column(name = "digital_signatures")
    private Boolean digitalSignatures;

    EofficeAdoption(StatusReport report) {
        super(report);
    }
}
