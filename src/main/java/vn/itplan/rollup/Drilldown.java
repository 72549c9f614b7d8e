package vn.itplan.rollup;

import java.math.BigDecimal;
import java.util.List;
import vn.itplan.period.ReportingPeriod;

/**
 * The units behind one figure: for each expected unit its reported numerator and denominator, its own value, and
 * whether its approved report counts; missing units are listed with their report state.
 */
public record Drilldown(
        ReportingPeriod period, RollupScope scope, IndicatorFormula formula, Figure figure, List<Line> lines) {

    public record Line(UnitRow unit, BigDecimal numerator, BigDecimal denominator, BigDecimal value) {

        public boolean counted() {
            return unit.approved();
        }

        /** For "x/y units": this unit is one of the x. */
        public boolean inNumerator() {
            return counted() && numerator != null && numerator.signum() > 0;
        }
    }
}
