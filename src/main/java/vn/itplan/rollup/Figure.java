package vn.itplan.rollup;

import java.math.BigDecimal;
import vn.itplan.indicator.Aggregation;
import vn.itplan.indicator.Formula;

/**
 * One indicator's value over a set of approved reports: numerator and denominator as summed, the value in the
 * indicator's display unit (a count, a ratio, or a percentage), and the coverage it rests on.
 */
public record Figure(
        String code,
        Aggregation aggregation,
        boolean percentage,
        BigDecimal numerator,
        BigDecimal denominator,
        BigDecimal value,
        Coverage coverage) {

    /** The figure of an indicator's formula over summed terms (see {@link Formula#value}). */
    static Figure of(String code, Formula formula, Term term, Coverage coverage) {
        return new Figure(
                code,
                formula.aggregation(),
                formula.isPercentage(),
                term.numerator(),
                term.denominator(),
                formula.value(term.numerator(), term.denominator()),
                coverage);
    }

    /** The value a target is expressed in: a number of units for "x/y units", the value otherwise. */
    public BigDecimal comparable() {
        return aggregation == Aggregation.COUNT_UNITS ? numerator : value;
    }

    public boolean hasValue() {
        return value != null;
    }

    /** For "x/y units": the share of counted units, 0–1; null otherwise. */
    public BigDecimal shareOfUnits() {
        if (aggregation != Aggregation.COUNT_UNITS
                || denominator == null
                || denominator.signum() == 0
                || numerator == null) {
            return null;
        }
        return numerator.divide(denominator, 4, java.math.RoundingMode.HALF_UP);
    }
}
