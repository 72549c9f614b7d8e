package vn.itplan.plan;

import java.time.Instant;

/**
 * What an issued plan shows forever, taken when it was issued: its .docx and .xlsx as downloaded and its page's
 * figures panel (HTML written by the export from the same figures).
 */
public record PlanSnapshot(Long planId, Instant takenAt, byte[] docx, byte[] xlsx, String figuresHtml) {}
