package vn.itplan.rollup;

import java.time.LocalDate;
import vn.itplan.unit.UnitKind;

/**
 * One expected unit in a roll-up: its report state for the period (null when not started), its report id, the day
 * it was first submitted, its due date (the period's or the unit's extension), and its measures when the report is
 * approved (nulls otherwise). Timeliness follows the completeness board: judged on the first submission.
 */
public record UnitRow(Long unitId, String code, String name, UnitKind kind, Long reportId, String reportState,
                      LocalDate firstSubmittedOn, LocalDate dueDate, Measures measures) {

    public boolean approved() {
        return "APPROVED".equals(reportState);
    }

    /** Submitted at least once (now submitted, returned or approved). */
    public boolean submitted() {
        return firstSubmittedOn != null;
    }

    /** First submitted no later than the due date. */
    public boolean onTime() {
        return firstSubmittedOn != null && !firstSubmittedOn.isAfter(dueDate);
    }
}
