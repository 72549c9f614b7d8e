package vn.itplan.report;

/**
 * A report was returned, approved or reopened (published in the review's transaction, after the audit call): for
 * the features that tell the unit. {@code comment} is the reviewer's comment or reason, or null.
 */
public record ReportReviewed(
        long reportId, long unitId, long periodId, ReportAction action, String actor, String comment) {}
