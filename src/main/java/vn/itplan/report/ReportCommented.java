package vn.itplan.report;

/**
 * Staff commented on a report without deciding on it (published in the comment's transaction, after the audit call):
 * for the features that tell the unit.
 */
public record ReportCommented(long reportId, long unitId, long periodId, String actor, String comment) {}
