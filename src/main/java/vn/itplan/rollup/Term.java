package vn.itplan.rollup;

import java.math.BigDecimal;

/**
 * An indicator's numerator and denominator as SQL summed them over some approved reports (or one unit's own):
 * what a {@link Figure} is computed from. A missing value means nobody reported it.
 */
record Term(BigDecimal numerator, BigDecimal denominator) {

    static final Term NONE = new Term(null, null);

    Term plus(Term o) {
        return new Term(add(numerator, o.numerator), add(denominator, o.denominator));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.add(b);
    }
}
