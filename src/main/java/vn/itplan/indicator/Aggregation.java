package vn.itplan.indicator;

/** How unit values become a province figure. */
public enum Aggregation {
    /** "x/y units": units meeting a condition over units reporting. */
    COUNT_UNITS,
    /** A total over units (PCs, servers, services). */
    SUM,
    /** A sum over a sum (PCs per civil servant, % PCs with Internet). */
    RATIO,
    /** The mean of the units' own values (units that reported it). */
    AVERAGE;

    public String messageKey() {
        return "indicator.aggregation." + name();
    }
}
