package vn.itplan.report;

import java.time.LocalDate;

/**
 * IT staff decided a unit's extension request (the unit is told): granted to {@code grantedTo} (null when refused),
 * with the grant's reason or the refusal's.
 */
public record ExtensionDecided(
        long requestId,
        long unitId,
        long periodId,
        boolean granted,
        LocalDate grantedTo,
        String actor,
        String reason) {}
