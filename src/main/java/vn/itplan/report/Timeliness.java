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
     *
     * @deprecated the board's SQL is the rule: use {@link ReportBoardService#timelinessOf(long)}. Kept only while
     *     {@code ReportService} still calls it.
     */
    @Deprecated(forRemoval = true)
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
}
