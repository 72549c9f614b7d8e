package vn.itplan.plan;

/** Where a task's money comes from (nguồn vốn). */
public enum FundingSource {
    CENTRAL,
    PROVINCIAL,
    OTHER;

    public String messageKey() {
        return "plan.funding." + name();
    }
}
