package vn.itplan.plan;

import java.util.List;
import vn.itplan.indicator.Indicator;
import vn.itplan.legal.LegalDocument;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.unit.Unit;

/** What the plan screens (and later the roll-up and exports) read: plain records, loaded in bulk. */
public final class PlanViews {

    private PlanViews() {}

    /** The plans of one year, for the list. */
    public record YearGroup(int year, List<PlanRow> plans) {}

    /** A plan in the list, with the number of the plan it revises and whether a later revision exists. */
    public record PlanRow(Plan plan, String revisesNumber, boolean revised) {}

    /** The {@code number}-th legal basis ("- Căn cứ ..."), with its document. */
    public record LegalBasisView(Long id, int number, LegalDocument document, boolean first, boolean last) {}

    /**
     * A section in reading order, with its depth in the tree (0 for I., II., ...) and its heading number computed from
     * the tree ({@link SectionNumbers}).
     */
    public record SectionView(
            PlanSection section, int depth, boolean first, boolean last, int descendants, String number) {

        /** "II. Hiện trạng ứng dụng CNTT". */
        public String fullTitle() {
            return number + " " + section.getTitle();
        }
    }

    public record TargetView(PlanTarget target, Indicator indicator) {}

    public record TaskView(
            PlanTask task, int number, Unit leadUnit, List<Unit> partners, boolean first, boolean last) {}

    /** Budget per funding source (every source, zero when it has no task) and the grand total, in đồng. */
    public record BudgetSummary(List<BudgetTotal> bySource, long total) {}

    /** Everything the plan page shows. */
    public record PlanPage(
            Plan plan,
            ReportingPeriod baselinePeriod,
            Plan revisesPlan,
            Plan revisedBy,
            List<LegalBasisView> legalBases,
            List<SectionView> sections,
            List<TargetView> targets,
            List<TaskView> tasks,
            BudgetSummary budget,
            boolean editable,
            boolean canRevise) {}
}
