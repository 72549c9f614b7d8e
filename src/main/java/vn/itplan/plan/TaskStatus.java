package vn.itplan.plan;

/** How far a task of the plan's appendix has got. */
public enum TaskStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public String messageKey() {
        return "plan.taskStatus." + name();
    }
}
