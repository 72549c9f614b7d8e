package vn.itplan.plan;

import java.time.Instant;

/** A draft was issued: from now on its page and files show the figures as of {@code at}. */
public record PlanIssued(Long planId, String actor, Instant at) {}
