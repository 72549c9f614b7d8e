package vn.itplan.export;

import java.math.BigDecimal;
import java.util.List;
import vn.itplan.indicator.Indicator;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.plan.PlanFigures;
import vn.itplan.plan.PlanTarget;
import vn.itplan.rollup.Coverage;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.UnitRow;

/**
 * The numbers an export shows, read from the plan's figures in this one place (the only class of the package that
 * knows {@link PlanFigures} and the target verdicts): the baseline period with its coverage, the indicator figures
 * and the units' rows, and each target with the actual value of the plan's year and its verdict as a message key.
 * The document and the workbook read this record only.
 *
 * @param baselinePeriod the period the current-status figures come from (null: the plan has none)
 * @param coverage       the units expected and approved in that period (null without a baseline period)
 * @param units          the units' rows of the baseline roll-up (empty without a baseline period)
 * @param actualPeriod   the period the targets' actual values come from (null: no approved reports in the year)
 */
record ExportFigures(ReportingPeriod baselinePeriod, Coverage coverage, List<FigureLine> figures, List<UnitRow> units,
                     ReportingPeriod actualPeriod, List<TargetLine> targets) {

    /** An indicator and its figure over the baseline period. */
    record FigureLine(Indicator indicator, Figure figure) {
    }

    /**
     * A target of the plan.
     *
     * @param actual    the indicator's figure in the plan's year (null without approved reports)
     * @param statusKey the message key of the verdict ("met", "behind", ...), decided by the plan
     */
    record TargetLine(Indicator indicator, BigDecimal baseline, BigDecimal target, String note, boolean demo,
                      Figure actual, BigDecimal actualValue, BigDecimal previousValue, Coverage actualCoverage,
                      String statusKey) {
    }

    static ExportFigures of(PlanFigures figures) {
        boolean hasBaseline = figures.baselinePeriod() != null && figures.baseline() != null;
        return new ExportFigures(
                figures.baselinePeriod(),
                hasBaseline ? figures.baseline().coverage() : null,
                figures.figures().stream().map(f -> new FigureLine(f.indicator(), f.figure())).toList(),
                hasBaseline ? figures.baseline().units() : List.of(),
                figures.actualPeriod(),
                figures.targets().stream().map(t -> {
                    PlanTarget target = t.target().target();
                    return new TargetLine(t.target().indicator(), target.getBaselineValue(), target.getTargetValue(),
                            target.getNote(), target.isDemo(), t.actual(), t.actualValue(), t.previousValue(),
                            t.coverage(), t.status().messageKey());
                }).toList());
    }
}
