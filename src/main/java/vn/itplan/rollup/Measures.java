package vn.itplan.rollup;

import java.math.BigDecimal;

/**
 * The reported quantities the indicators are computed from, either for one unit (a yes/no answer is 1 or 0)
 * or summed over units by SQL (then a yes/no becomes the number of units answering yes). Null means nobody
 * reported the quantity.
 */
public record Measures(
        BigDecimal reports,
        BigDecimal staff,
        BigDecimal pcs,
        BigDecimal pcsInternet,
        BigDecimal pcsAntivirus,
        BigDecimal staffWithPc,
        BigDecimal servers,
        BigDecimal bandwidthMbps,
        BigDecimal itStaff,
        BigDecimal unitsWithLan,
        BigDecimal unitsOnGovNetwork,
        BigDecimal unitsWithSecurity,
        BigDecimal mailboxes,
        BigDecimal staffUsingEmail,
        BigDecimal unitsUsingEmail,
        BigDecimal unitsWithEoffice,
        BigDecimal unitsInterconnected,
        BigDecimal documents,
        BigDecimal documentsElectronic,
        BigDecimal servicesLevel1,
        BigDecimal servicesLevel2,
        BigDecimal servicesLevel3,
        BigDecimal servicesLevel4) {

    static final Measures NONE = new Measures(BigDecimal.ZERO, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** Adds two sets of sums (e.g. provincial bodies and districts); null + null stays null. */
    Measures plus(Measures o) {
        return new Measures(add(reports, o.reports), add(staff, o.staff), add(pcs, o.pcs),
                add(pcsInternet, o.pcsInternet), add(pcsAntivirus, o.pcsAntivirus), add(staffWithPc, o.staffWithPc),
                add(servers, o.servers), add(bandwidthMbps, o.bandwidthMbps), add(itStaff, o.itStaff),
                add(unitsWithLan, o.unitsWithLan), add(unitsOnGovNetwork, o.unitsOnGovNetwork),
                add(unitsWithSecurity, o.unitsWithSecurity), add(mailboxes, o.mailboxes),
                add(staffUsingEmail, o.staffUsingEmail), add(unitsUsingEmail, o.unitsUsingEmail),
                add(unitsWithEoffice, o.unitsWithEoffice), add(unitsInterconnected, o.unitsInterconnected),
                add(documents, o.documents), add(documentsElectronic, o.documentsElectronic),
                add(servicesLevel1, o.servicesLevel1), add(servicesLevel2, o.servicesLevel2),
                add(servicesLevel3, o.servicesLevel3), add(servicesLevel4, o.servicesLevel4));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.add(b);
    }
}
