package vn.itplan.report;

/**
 * A quantity read from a unit's report, defined once: its SQL expression over the report's section tables (aliases
 * {@code i} infrastructure, {@code m} e-mail, {@code e} eOffice, {@code p} public services; see
 * {@link ReportMeasures#SECTIONS}) and how it adds up over units. The roll-up's sums, its per-unit rows (drill-down,
 * ranking), a unit's history and the indicator formulas all iterate over this list; adding a measure is one line
 * here (and the formulas that use it).
 * Each measure is described in {@code src/docs/indicators.md}.
 */
public enum ReportMeasure {
    STAFF(Summing.QUANTITY, "i.staff_count"),
    PCS(Summing.QUANTITY, "i.pcs"),
    PCS_INTERNET(Summing.QUANTITY, "i.pcs_internet"),
    PCS_ANTIVIRUS(Summing.QUANTITY, "i.pcs_antivirus"),
    STAFF_WITH_PC(
            Summing.QUANTITY,
            "case when i.pcs is not null and i.staff_count is not null then least(i.pcs, i.staff_count) end"),
    SERVERS(Summing.QUANTITY, "i.servers"),
    BANDWIDTH_MBPS(Summing.QUANTITY, "i.bandwidth_mbps"),
    IT_STAFF(Summing.QUANTITY, "i.it_staff"),
    UNITS_WITH_LAN(Summing.UNITS, yes("i.has_lan")),
    UNITS_ON_GOV_NETWORK(Summing.UNITS, yes("i.on_gov_network")),
    UNITS_WITH_SECURITY(
            Summing.UNITS,
            "case when i.report_id is null then null when i.has_firewall or i.has_ids or i.has_backup then 1 else 0 end"),
    MAILBOXES(Summing.QUANTITY, "m.mailboxes"),
    STAFF_USING_EMAIL(Summing.QUANTITY, "m.staff_using_email"),
    UNITS_USING_EMAIL(Summing.UNITS, yes("m.uses_email_regularly")),
    UNITS_WITH_EOFFICE(Summing.UNITS, yes("e.deployed")),
    UNITS_INTERCONNECTED(Summing.UNITS, yes("e.interconnected")),
    DOCUMENTS(Summing.QUANTITY, "case when " + allDocumentCounts() + " then e.incoming_docs + e.outgoing_docs end"),
    DOCUMENTS_ELECTRONIC(
            Summing.QUANTITY,
            "case when " + allDocumentCounts() + " then e.incoming_docs_electronic + e.outgoing_docs_electronic end"),
    SERVICES_LEVEL1(Summing.QUANTITY, "p.level1"),
    SERVICES_LEVEL2(Summing.QUANTITY, "p.level2"),
    SERVICES_LEVEL3(Summing.QUANTITY, "p.level3"),
    SERVICES_LEVEL4(Summing.QUANTITY, "p.level4");

    /** How a measure adds up over units. Both are summed by SQL; they differ in what the sum means. */
    public enum Summing {
        /** A reported quantity (staff, PCs, documents): the sum is the total quantity. */
        QUANTITY,
        /** A yes/no answer, 1 or 0 per report: the sum is the number of units answering yes. */
        UNITS
    }

    private final Summing summing;
    private final String sql;

    ReportMeasure(Summing summing, String sql) {
        this.summing = summing;
        this.sql = sql;
    }

    public Summing summing() {
        return summing;
    }

    /** The SQL expression for one report; null when the unit did not report the quantity. */
    public String sql() {
        return sql;
    }

    /** The column name of this measure in {@link ReportMeasures} selections. */
    public String column() {
        return "m_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A yes/no column as 1 (yes), 0 (no) or null (not answered). */
    private static String yes(String column) {
        return "case when " + column + " then 1 when " + column + " is not null then 0 end";
    }

    /** A document total counts only when all four document counts were reported. */
    private static String allDocumentCounts() {
        return "e.incoming_docs is not null and e.outgoing_docs is not null"
                + " and e.incoming_docs_electronic is not null and e.outgoing_docs_electronic is not null";
    }
}
