package vn.itplan.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.itplan.indicator.Indicator;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.rollup.Coverage;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.KeyIndicators;
import vn.itplan.rollup.Rollup;

/**
 * A plan's numbers: the current-status figures from its baseline period's approved reports (section II), and
 * each target against its actual value in the plan's year ({@code actualPeriod}; the rule is in
 * {@code src/docs/indicators.md}).
 */
public record PlanFigures(
        ReportingPeriod baselinePeriod,
        Rollup baseline,
        List<FigureRow> figures,
        ReportingPeriod actualPeriod,
        List<TargetProgress> targets) {

    /** The figures of the plan page's panel: {@link KeyIndicators#PLAN_PANEL}, in catalogue order. */
    public List<FigureRow> keyFigures() {
        return figures.stream()
                .filter(row -> KeyIndicators.PLAN_PANEL.contains(row.indicator().getCode()))
                .toList();
    }

    /** A catalogue indicator and its figure over the baseline period, overall and per group of units. */
    public record FigureRow(Indicator indicator, Figure figure, Figure provincial, Figure district) {}

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

        public String code() {
            return target.indicator().getCode();
        }

        public BigDecimal targetValue() {
            return target.target().getTargetValue();
        }
    }

    /** The targets' progress of one plan, as the dashboard shows it; {@code actualPeriod} is null without data. */
    public record PlanTargets(
            Long planId, String planNumber, int planYear, ReportingPeriod actualPeriod, List<TargetProgress> targets) {

        public Optional<TargetProgress> of(String code) {
            return targets.stream().filter(t -> t.code().equals(code)).findFirst();
        }
    }
}
