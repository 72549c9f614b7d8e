package vn.itplan.support;

/**
 * Hands out the years of test data, so that two tests never create a reporting period (unique per year, kind and
 * sequence) or a year's figures in the same year, and no test meets the demo data (2014–2016) or a demo count
 * changes. Ask for a year here instead of writing one down.
 *
 * <p>Two disjoint ranges:
 * <ul>
 *   <li>{@link #planYear()}: 2030–2089, years a plan may have (the schema limits plans to 2000–2100), for data a
 *       plan must match (its baseline period, its figures);</li>
 *   <li>{@link #periodYear()}: 3000 on, for periods no plan refers to (roll-up, board and dashboard tests).</li>
 * </ul>
 * The counters live in the test JVM; that is enough because the first Spring context of every test JVM empties
 * and migrates the database ({@link CleanDatabaseOnce}), so no year handed out by an earlier run is still there.
 */
public final class TestYears {

    static final int FIRST_PLAN_YEAR = 2030;
    static final int LAST_PLAN_YEAR = 2089;
    static final int FIRST_PERIOD_YEAR = 3000;

    private static int nextPlanYear = FIRST_PLAN_YEAR;
    private static int nextPeriodYear = FIRST_PERIOD_YEAR;

    private TestYears() {}

    /** A year no other test uses that a plan may have (2030–2089). */
    public static synchronized int planYear() {
        if (nextPlanYear > LAST_PLAN_YEAR) {
            throw new IllegalStateException("the test years a plan may have (" + FIRST_PLAN_YEAR + "–" + LAST_PLAN_YEAR
                    + ") are used up: use periodYear() where no plan refers to the period, or widen the range");
        }
        return nextPlanYear++;
    }

    /** A year no other test uses, for periods no plan refers to (3000 on). */
    public static synchronized int periodYear() {
        return nextPeriodYear++;
    }
}
