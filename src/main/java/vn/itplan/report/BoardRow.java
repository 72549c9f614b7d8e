package vn.itplan.report;

import java.time.Instant;
import java.time.LocalDate;
import vn.itplan.unit.UnitKind;

/**
 * One expected unit on the completeness board; {@code reportId} and {@code state} are null when not started;
 * {@code withWarnings}: the unit acknowledged soft warnings when it submitted.
 */
public record BoardRow(
        long unitId,
        String unitCode,
        String unitName,
        Long reportId,
        ReportState state,
        Instant updatedAt,
        LocalDate firstSubmittedOn,
        LocalDate dueDate,
        LocalDate extendedTo,
        Timeliness timeliness,
        UnitKind.Group group,
        boolean withWarnings) {

    public boolean started() {
        return reportId != null;
    }

    /** Submitted without warnings: staff may approve it with others in one action. */
    public boolean approvableTogether() {
        return state == ReportState.SUBMITTED && !withWarnings;
    }
}
