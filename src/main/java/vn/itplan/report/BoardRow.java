package vn.itplan.report;

import java.time.Instant;
import java.time.LocalDate;

/** One expected unit on the completeness board; {@code reportId} and {@code state} are null when not started. */
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
        Timeliness timeliness) {

    public boolean started() {
        return reportId != null;
    }
}
