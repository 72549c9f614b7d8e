package vn.itplan.export;

import java.util.List;
import vn.itplan.plan.Plan;
import vn.itplan.plan.PlanViews.BudgetSummary;
import vn.itplan.plan.PlanViews.LegalBasisView;
import vn.itplan.plan.PlanViews.SectionView;
import vn.itplan.plan.PlanViews.TaskView;

/** Everything an export of one plan shows, loaded in one read-only transaction. */
record PlanExport(
        Plan plan,
        List<LegalBasisView> legalBases,
        List<SectionView> sections,
        List<TaskView> tasks,
        BudgetSummary budget,
        ExportFigures figures) {}
