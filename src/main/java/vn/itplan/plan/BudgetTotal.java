package vn.itplan.plan;

/** The budget of a plan's tasks from one funding source, in đồng (cancelled tasks left out). */
public record BudgetTotal(FundingSource source, Long tasks, Long budget) {}
