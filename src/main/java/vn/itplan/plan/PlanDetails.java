package vn.itplan.plan;

import java.time.LocalDate;

/** A plan's metadata, cleaned: what {@link Plan#edit} takes and what the edit's audit compares. */
record PlanDetails(
        String number,
        String title,
        int year,
        LocalDate issueDate,
        LocalDate effectiveDate,
        String issuer,
        String signer,
        String signerTitle,
        String fields,
        Long baselinePeriodId,
        String recipients) {}
