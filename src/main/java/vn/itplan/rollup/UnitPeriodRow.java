package vn.itplan.rollup;

/** One unit's report in one period: its state and, when approved, its measures. */
public record UnitPeriodRow(Long periodId, Long reportId, String reportState, Measures measures) {

    public boolean approved() {
        return "APPROVED".equals(reportState);
    }
}
