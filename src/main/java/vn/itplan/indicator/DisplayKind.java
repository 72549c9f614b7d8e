package vn.itplan.indicator;

/** How an indicator's figure reads: a percentage (0–100), a count of units ("x/y units"), a ratio, a number. */
public enum DisplayKind {
    PERCENTAGE,
    UNITS,
    RATIO,
    NUMBER;

    public String messageKey() {
        return "indicator.displayKind." + name();
    }
}
