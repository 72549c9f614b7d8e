package vn.itplan.plan;

/** Where a plan target stands against its actual value from the roll-up. */
public enum ProgressStatus {
    /** The actual value has reached the target. */
    ACHIEVED,
    /** Not reached yet, but the progress from the baseline keeps pace with the part of the year that has passed. */
    ON_TRACK,
    /** Not reached and not keeping pace. */
    BEHIND,
    /** Not reached, and not all expected units have an approved report: no verdict yet. */
    PARTIAL_DATA,
    /** No approved report in the plan's year yet. */
    NO_DATA;

    public String messageKey() {
        return "plan.progress." + name();
    }
}
