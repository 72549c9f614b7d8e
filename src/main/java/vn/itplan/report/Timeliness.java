package vn.itplan.report;

/**
 * A unit's report against its due date (the period's, or the unit's extension): submitted on time or late (judged
 * on the first submission), not submitted and overdue, or not submitted and not yet due. The rule is one SQL
 * expression in {@link ReportBoardRepository}; nothing judges it in Java.
 */
public enum Timeliness {
    ON_TIME,
    LATE,
    OVERDUE,
    PENDING;

    public String messageKey() {
        return "report.timeliness." + name();
    }
}
