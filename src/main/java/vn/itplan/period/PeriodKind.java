package vn.itplan.period;

/** How long a reporting period is; {@code seq} numbers the periods of one kind within a year. */
public enum PeriodKind {
    ANNUAL(1),
    SEMI_ANNUAL(2),
    QUARTERLY(4);

    private final int perYear;

    PeriodKind(int perYear) {
        this.perYear = perYear;
    }

    public int perYear() {
        return perYear;
    }

    public String messageKey() {
        return "period.kind." + name();
    }
}
