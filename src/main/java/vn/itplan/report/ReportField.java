package vn.itplan.report;

import java.util.Arrays;
import java.util.List;

/**
 * Every figure of a status report, in form order: the property name it has on {@link ReportForm} and on its
 * section entity, its section, its kind, whether submission requires it, and whether it counts something that
 * happened during the period (documents) rather than a stock at its end (computers): flows are compared with
 * the previous report only when both periods have the same length, and are never copied into a new report.
 */
public enum ReportField {
    STAFF_COUNT("staffCount", Section.INFRASTRUCTURE, Kind.COUNT, true, false),
    PCS("pcs", Section.INFRASTRUCTURE, Kind.COUNT, true, false),
    PCS_INTERNET("pcsInternet", Section.INFRASTRUCTURE, Kind.COUNT, true, false),
    PCS_ANTIVIRUS("pcsAntivirus", Section.INFRASTRUCTURE, Kind.COUNT, true, false),
    SERVERS("servers", Section.INFRASTRUCTURE, Kind.COUNT, true, false),
    PRINTERS("printers", Section.INFRASTRUCTURE, Kind.COUNT, true, false),
    SCANNERS("scanners", Section.INFRASTRUCTURE, Kind.COUNT, true, false),
    IT_STAFF("itStaff", Section.INFRASTRUCTURE, Kind.COUNT, true, false),
    HAS_LAN("hasLan", Section.INFRASTRUCTURE, Kind.YES_NO, true, false),
    LAN_UPGRADED_YEAR("lanUpgradedYear", Section.INFRASTRUCTURE, Kind.YEAR, false, false),
    BANDWIDTH_MBPS("bandwidthMbps", Section.INFRASTRUCTURE, Kind.DECIMAL, true, false),
    ON_GOV_NETWORK("onGovNetwork", Section.INFRASTRUCTURE, Kind.YES_NO, true, false),
    HAS_FIREWALL("hasFirewall", Section.INFRASTRUCTURE, Kind.CHECK, false, false),
    HAS_IDS("hasIds", Section.INFRASTRUCTURE, Kind.CHECK, false, false),
    HAS_BACKUP("hasBackup", Section.INFRASTRUCTURE, Kind.CHECK, false, false),

    MAILBOXES("mailboxes", Section.EMAIL, Kind.COUNT, true, false),
    STAFF_USING_EMAIL("staffUsingEmail", Section.EMAIL, Kind.COUNT, true, false),
    USES_EMAIL_REGULARLY("usesEmailRegularly", Section.EMAIL, Kind.YES_NO, true, false),
    OUTGOING_EMAIL_PERCENT("outgoingEmailPercent", Section.EMAIL, Kind.DECIMAL, true, false),
    STAFF_USING_FREE_MAIL("staffUsingFreeMail", Section.EMAIL, Kind.COUNT, true, false),

    DEPLOYED("deployed", Section.EOFFICE, Kind.YES_NO, true, false),
    DEPLOYED_SINCE("deployedSince", Section.EOFFICE, Kind.DATE, false, false),
    ACTIVE_USERS("activeUsers", Section.EOFFICE, Kind.COUNT, true, false),
    INCOMING_DOCS("incomingDocs", Section.EOFFICE, Kind.COUNT, true, true),
    INCOMING_DOCS_ELECTRONIC("incomingDocsElectronic", Section.EOFFICE, Kind.COUNT, true, true),
    OUTGOING_DOCS("outgoingDocs", Section.EOFFICE, Kind.COUNT, true, true),
    OUTGOING_DOCS_ELECTRONIC("outgoingDocsElectronic", Section.EOFFICE, Kind.COUNT, true, true),
    INTERCONNECTED("interconnected", Section.EOFFICE, Kind.YES_NO, true, false),
    DIGITAL_SIGNATURES("digitalSignatures", Section.EOFFICE, Kind.YES_NO, true, false),

    LEVEL1("level1", Section.SERVICES, Kind.COUNT, false, false),
    LEVEL2("level2", Section.SERVICES, Kind.COUNT, false, false),
    LEVEL3("level3", Section.SERVICES, Kind.COUNT, false, false),
    LEVEL4("level4", Section.SERVICES, Kind.COUNT, false, false);

    /** The parts of the form, each one table. */
    public enum Section {
        INFRASTRUCTURE,
        EMAIL,
        EOFFICE,
        SERVICES;

        public String messageKey() {
            return "report.section." + name();
        }

        public String anchor() {
            return "section-" + name().toLowerCase(java.util.Locale.ROOT);
        }

        public List<ReportField> fields() {
            return Arrays.stream(ReportField.values())
                    .filter(f -> f.section == this)
                    .toList();
        }
    }

    /** COUNT: whole number ≥ 0; DECIMAL: up to 2 decimals; YES_NO: a required answer; CHECK: a tick, blank = no. */
    public enum Kind {
        COUNT,
        DECIMAL,
        YEAR,
        DATE,
        YES_NO,
        CHECK
    }

    private final String property;
    private final Section section;
    private final Kind kind;
    private final boolean requiredToSubmit;
    private final boolean flow;

    ReportField(String property, Section section, Kind kind, boolean requiredToSubmit, boolean flow) {
        this.property = property;
        this.section = section;
        this.kind = kind;
        this.requiredToSubmit = requiredToSubmit;
        this.flow = flow;
    }

    public String property() {
        return property;
    }

    public Section section() {
        return section;
    }

    public Kind kind() {
        return kind;
    }

    public boolean requiredToSubmit() {
        return requiredToSubmit;
    }

    public boolean flow() {
        return flow;
    }

    public boolean numeric() {
        return kind == Kind.COUNT || kind == Kind.DECIMAL;
    }

    public String labelKey() {
        return "report.field." + property;
    }

    /** Decimals without trailing zeros, so that 10.00 read from the database equals 10 typed in a form. */
    static Object normalise(Object value) {
        if (value instanceof java.math.BigDecimal decimal) {
            java.math.BigDecimal stripped = decimal.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        return value;
    }

    public static ReportField byProperty(String property) {
        for (ReportField field : values()) {
            if (field.property.equals(property)) {
                return field;
            }
        }
        return null;
    }
}
