package vn.itplan.rollup;

import java.util.List;

/**
 * What a figure rests on: how many units were expected to report, how many approved reports it counts, and
 * which units are missing (no approved report). A figure on partial data says so.
 */
public record Coverage(int expected, int approved, List<UnitRow> missing) {

    public boolean partial() {
        return approved < expected;
    }

    public boolean empty() {
        return approved == 0;
    }
}
