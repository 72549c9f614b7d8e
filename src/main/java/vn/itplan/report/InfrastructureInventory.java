package vn.itplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Technical infrastructure of the unit (hạ tầng kỹ thuật). Every figure may be blank in a draft. */
@Entity
@Table(name = "infrastructure_inventory")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class InfrastructureInventory extends ReportSection {

    /** Cán bộ, công chức, viên chức (CBCCVC). */
    @Column(name = "staff_count")
    private Integer staffCount;

    private Integer pcs;

    @Column(name = "pcs_internet")
    private Integer pcsInternet;

    @Column(name = "pcs_antivirus")
    private Integer pcsAntivirus;

    private Integer servers;

    @Column(name = "has_lan")
    private Boolean hasLan;

    @Column(name = "lan_upgraded_year")
    private Integer lanUpgradedYear;

    @Column(name = "bandwidth_mbps", precision = 10, scale = 2)
    private BigDecimal bandwidthMbps;

    @Column(name = "on_gov_network")
    private Boolean onGovNetwork;

    @Column(name = "has_firewall")
    private Boolean hasFirewall;

    @Column(name = "has_ids")
    private Boolean hasIds;

    @Column(name = "has_backup")
    private Boolean hasBackup;

    private Integer printers;

    private Integer scanners;

    @Column(name = "it_staff")
    private Integer itStaff;

    InfrastructureInventory(StatusReport report) {
        super(report);
    }
}
