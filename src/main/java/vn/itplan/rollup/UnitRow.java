package vn.itplan.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.itplan.unit.UnitKind;

/**
 * One expected unit in a roll-up: its report state for the period (null when not started), its report id, when
 * it was last submitted, its due date (the period's or the unit's extension), and its measures when the report is
 * approved (otherwise {@link Measures#NONE}-like nulls).
 */
public record UnitRow(Long unitId, String code, String name, UnitKind kind, Long reportId, String reportState,
                      Instant submittedAt, LocalDate dueDate, Measures measures) {

    /** Deadlines are Vietnamese calendar days. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public boolean approved() {
        return "APPROVED".equals(reportState);
    }

    /** Submitted (now submitted or already reviewed) at some time. */
    public boolean submitted() {
        return submittedAt != null;
    }

    /** Submitted no later than the due date. */
    public boolean onTime() {
        return submittedAt != null && !submittedAt.atZone(VIETNAM).toLocalDate().isAfter(dueDate);
    }
}
