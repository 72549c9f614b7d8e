package vn.itplan.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.itplan.plan.Plan;
import vn.itplan.plan.PlanSection;
import vn.itplan.plan.PlanViews.BudgetSummary;
import vn.itplan.plan.PlanViews.LegalBasisView;
import vn.itplan.plan.PlanViews.SectionView;
import vn.itplan.plan.PlanViews.TaskView;

/**
 * Everything an export of one plan shows, loaded in one read-only transaction: one snapshot of the figures, taken
 * at {@code takenAt}, from which both the tables and the generated text come.
 *
 * @param generatedText the text of each generated section (by section id), written again from {@code figures}, so
 *                      that the text and the tables of one document never disagree
 */
record PlanExport(
        Plan plan,
        List<LegalBasisView> legalBases,
        List<SectionView> sections,
        List<TaskView> tasks,
        BudgetSummary budget,
        ExportFigures figures,
        Instant takenAt,
        Map<Long, String> generatedText,
        List<CountedReport> countedReports,
        PreviousResults previous) {

    /**
     * The results of the previous year's issued plan, for the plan of the next year: each target with its actual
     * figure and verdict, how many were met, and the tasks with their progress and budget.
     */
    record PreviousResults(
            String number,
            int year,
            List<ExportFigures.TargetLine> targets,
            long met,
            List<vn.itplan.plan.PlanViews.TaskView> tasks) {}

    /** A unit whose approved report of the baseline period the figures count, and the day it was approved. */
    record CountedReport(String unitName, java.time.LocalDate approvedOn) {}

    /** A section's text as the document prints it: a generated section's from this snapshot's figures. */
    String body(PlanSection section) {
        String generated = generatedText.get(section.getId());
        return generated != null ? generated : section.getBody();
    }
}
