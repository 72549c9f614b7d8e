package vn.itplan.plan;

/** A plan is written as a draft and becomes read-only once issued; a change then needs a new revision. */
public enum PlanStatus {
    DRAFT,
    ISSUED;

    public String messageKey() {
        return "plan.status." + name();
    }
}
