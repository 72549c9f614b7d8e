package vn.itplan.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One expected unit on the completeness board; {@code reportId} and {@code state} are null when not started. */
public record BoardRow(long unitId, String unitCode, String unitName, Long reportId, ReportState state,
                       LocalDateTime updatedAt, LocalDate firstSubmittedOn, LocalDate dueDate, LocalDate extendedTo,
                       Timeliness timeliness) {

    public boolean started() {
        return reportId != null;
    }
}
