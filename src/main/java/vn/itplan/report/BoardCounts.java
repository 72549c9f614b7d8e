package vn.itplan.report;

/**
 * The completeness of one period: units expected to report and where their reports stand; on time and late
 * count the reports submitted at least once, overdue the units that have not submitted after their due date.
 */
public record BoardCounts(
        int expected,
        int notStarted,
        int drafts,
        int submitted,
        int returned,
        int approved,
        int onTime,
        int late,
        int overdue) {

    /** Reports submitted at least once (now submitted, returned or approved). */
    public int received() {
        return onTime + late;
    }

    /** Share of expected units that have submitted, 0–1; null when no unit is expected. */
    public Double receivedShare() {
        return expected == 0 ? null : (double) received() / expected;
    }

    public Double approvedShare() {
        return expected == 0 ? null : (double) approved / expected;
    }
}
