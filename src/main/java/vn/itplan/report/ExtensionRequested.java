package vn.itplan.report;

import java.time.LocalDate;

/** A unit asked for a later deadline in a period (IT staff are told). */
public record ExtensionRequested(
        long requestId, long unitId, long periodId, LocalDate requestedTo, String actor, String reason) {}
