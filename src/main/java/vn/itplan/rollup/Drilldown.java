package vn.itplan.rollup;

import java.math.BigDecimal;
import java.util.List;
import vn.itplan.indicator.Formula;
import vn.itplan.period.ReportingPeriod;

/**
 * The units behind one figure: for each expected unit its reported numerator and denominator, its own value, and
 * whether its approved report counts; missing units are listed with their report state. The formula is the
 * version valid in the period's year; the numerator and denominator are named for the table's columns.
 */
public record Drilldown(
        ReportingPeriod period,
        RollupScope scope,
        Formula formula,
        Figure figure,
        MeasureName numeratorName,
        MeasureName denominatorName,
        List<Line> lines) {

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
