package vn.itplan.report;

/**
 * A unit's report against its due date (the period's, or the unit's extension): submitted on time or late (judged
 * on the first submission), not submitted and overdue, or not submitted and not yet due.
 */
public enum Timeliness {
    ON_TIME, LATE, OVERDUE, PENDING;

    /**
     * The same rule as the board's SQL ({@link ReportBoardRepository}): judged on the first submission against
     * the effective due date; not submitted after the due date is overdue.
     */
    public static Timeliness of(java.time.LocalDate firstSubmittedOn, java.time.LocalDate effectiveDue,
                                java.time.LocalDate today) {
        if (firstSubmittedOn != null) {
            return firstSubmittedOn.isAfter(effectiveDue) ? LATE : ON_TIME;
        }
        return effectiveDue.isBefore(today) ? OVERDUE : PENDING;
    }

    public String messageKey() {
        return "report.timeliness." + name();
    }

    public String badgeClass() {
        return switch (this) {
            case ON_TIME -> "text-bg-success";
            case LATE -> "text-bg-warning";
            case OVERDUE -> "text-bg-danger";
            case PENDING -> "text-bg-light border";
        };
    }
}
