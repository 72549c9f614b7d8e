package vn.itplan.plan;

import java.math.BigDecimal;
import java.util.List;
import vn.itplan.indicator.Indicator;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.rollup.Coverage;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.Rollup;

/**
 * A plan's numbers: the current-status figures from its baseline period's approved reports (section II), and
 * each target against its actual value in the plan's year.
 */
public record PlanFigures(ReportingPeriod baselinePeriod, Rollup baseline, List<FigureRow> figures,
                          ReportingPeriod actualPeriod, List<TargetProgress> targets) {

    /** A catalogue indicator and its figure over the baseline period, overall and per group of units. */
    public record FigureRow(Indicator indicator, Figure figure, Figure provincial, Figure district) {
    }

    /**
     * @param actual    the indicator's figure in the plan's year (null without approved reports)
     * @param previous  its figure in the previous year's annual reports (null without)
     */
    public record TargetProgress(PlanViews.TargetView target, Figure actual, Figure previous, ProgressStatus status) {

        public BigDecimal actualValue() {
            return actual == null ? null : actual.comparable();
        }

        public BigDecimal previousValue() {
            return previous == null ? null : previous.comparable();
        }

        public Coverage coverage() {
            return actual == null ? null : actual.coverage();
        }
    }
}
