package vn.itplan.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.itplan.unit.UnitKind;
import vn.itplan.web.PageLinks;
import vn.itplan.web.SearchText;

/**
 * Which rows of the completeness board a user asked for: a state or timeliness ({@code show}), a group of units, a
 * text found in the unit's code, name or short name ({@code q}, without regard to case or diacritics), and an order
 * (the units' own by default; states with what needs action first; timeliness with the overdue first; groups).
 * {@link ReportBoardRepository} turns it into SQL, so the board reads one page of the matching units, and the export
 * all of them, whatever the number of units.
 */
record BoardSelection(String show, UnitKind.Group group, String q, String sort) {

    /** {@code show}: units not started, a state, or a timeliness. */
    static final List<String> FILTERS_IN_ORDER =
            List.of("NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "ON_TIME", "LATE", "OVERDUE");

    static final Set<String> FILTERS = Set.copyOf(FILTERS_IN_ORDER);

    static final List<String> SORTS = List.of("unit", "state", "timeliness", "group");

    /** The longest search text kept (a unit's name is at most 255 characters; the words beyond are dropped). */
    static final int MAX_QUERY = 100;

    /** At most this many words of the search text are looked for. */
    static final int MAX_TERMS = 8;

    static final BoardSelection ALL = new BoardSelection(null, null, null, null);

    /** What was asked, anything unknown left out. */
    static BoardSelection of(String show, String group, String q, String sort) {
        UnitKind.Group g = null;
        for (UnitKind.Group candidate : UnitKind.Group.values()) {
            if (candidate.name().equals(group)) {
                g = candidate;
            }
        }
        String s = sort == null ? null : sort.toLowerCase(Locale.ROOT);
        return new BoardSelection(
                show != null && FILTERS.contains(show) ? show : null,
                g,
                SearchText.query(q, MAX_QUERY),
                s != null && SORTS.contains(s) && !"unit".equals(s) ? s : null);
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

    /** The folded words of the search text, each to be found in the unit's code, name or short name. */
    List<String> terms() {
        List<String> terms = SearchText.terms(q);
        return terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms;
    }

    /** True when the rows are narrowed (the counts never are). */
    public boolean filtered() {
        return show != null || group != null || !terms().isEmpty();
    }

    /** The board's address with this selection, for its pager, its sort links and its exports. */
    PageLinks links(Long periodId) {
        return links(periodId, sort);
    }

    /** The same with another order. */
    PageLinks links(Long periodId, String otherSort) {
        return PageLinks.to("/reports")
                .with("period", periodId)
                .with("show", show)
                .with("group", group)
                .with("q", q)
                .with("sort", "unit".equals(otherSort) ? null : otherSort);
    }
}
