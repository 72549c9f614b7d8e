package vn.itplan.unit;

/**
 * Which units must report in a period, as one SQL condition shared by every query that counts them (the roll-up,
 * the completeness board): reporting, active, and valid at some time during the period. The query names the unit
 * {@code u} and the period {@code pd}.
 */
public final class ExpectedUnits {

    public static final String CONDITION = "u.reporting = true and u.active = true"
            + " and (u.valid_from is null or u.valid_from <= pd.end_date)"
            + " and (u.valid_to is null or u.valid_to >= pd.start_date)";

    /** Limits the units {@code u} to the subtree under the unit whose id is the parameter {@code :root}. */
    public static final String IN_SUBTREE = " and u.path like (select s.path from unit s where s.id = :root) || '%'";

    private ExpectedUnits() {}
}
