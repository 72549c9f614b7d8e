package vn.itplan.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.itplan.unit.UnitKind;

/**
 * Which rows of the completeness board a user asked for: a state or timeliness ({@code show}), a group of units, and
 * an order (the units' own by default; states with what needs action first; timeliness with the overdue first;
 * groups). The rows come from one statement; choosing among them is done here.
 */
record BoardSelection(String show, UnitKind.Group group, String sort) {

    /** {@code show}: units not started, a state, or a timeliness. */
    static final List<String> FILTERS_IN_ORDER =
            List.of("NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "ON_TIME", "LATE", "OVERDUE");

    static final Set<String> FILTERS = Set.copyOf(FILTERS_IN_ORDER);

    static final List<String> SORTS = List.of("unit", "state", "timeliness", "group");

    private static final Map<String, Comparator<BoardRow>> ORDERS = Map.of(
            "state", Comparator.comparingInt(BoardSelection::stateRank),
            "timeliness", Comparator.comparingInt(BoardSelection::timelinessRank),
            "group", Comparator.comparing(BoardRow::group));

    /** What was asked, anything unknown left out. */
    static BoardSelection of(String show, String group, String sort) {
        UnitKind.Group g = null;
        for (UnitKind.Group candidate : UnitKind.Group.values()) {
            if (candidate.name().equals(group)) {
                g = candidate;
            }
        }
        return new BoardSelection(
                show != null && FILTERS.contains(show) ? show : null,
                g,
                sort != null && ORDERS.containsKey(sort.toLowerCase(Locale.ROOT))
                        ? sort.toLowerCase(Locale.ROOT)
                        : null);
    }

    /** The label of a {@code show} value: a count of the board's or a timeliness. */
    static String labelKey(String show) {
        return Set.of("ON_TIME", "LATE", "OVERDUE").contains(show)
                ? "report.timeliness." + show
                : "report.board.count." + show;
    }

    /** The label of the chosen {@code show}, or null. */
    public String showLabelKey() {
        return show == null ? null : labelKey(show);
    }

    List<BoardRow> apply(List<BoardRow> rows) {
        var selected = rows.stream().filter(this::matches);
        return sort == null
                ? selected.toList()
                : selected.sorted(ORDERS.get(sort)).toList();
    }

    private boolean matches(BoardRow row) {
        if (group != null && row.group() != group) {
            return false;
        }
        if (show == null) {
            return true;
        }
        return switch (show) {
            case "NOT_STARTED" -> row.state() == null;
            case "ON_TIME", "LATE", "OVERDUE" -> row.timeliness().name().equals(show);
            default -> row.state() != null && row.state().name().equals(show);
        };
    }

    /** What needs the staff's action first: awaiting review, then not started, being filled in, returned, approved. */
    private static int stateRank(BoardRow row) {
        if (row.state() == null) {
            return 1;
        }
        return switch (row.state()) {
            case SUBMITTED -> 0;
            case DRAFT -> 2;
            case RETURNED -> 3;
            case APPROVED -> 4;
        };
    }

    private static int timelinessRank(BoardRow row) {
        return switch (row.timeliness()) {
            case OVERDUE -> 0;
            case LATE -> 1;
            case PENDING -> 2;
            case ON_TIME -> 3;
        };
    }
}
