package vn.itplan.rollup;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import vn.itplan.indicator.Aggregation;
import vn.itplan.unit.UnitKind;
import vn.itplan.web.PageLinks;
import vn.itplan.web.SearchText;

/**
 * Which lines of a drill-down a user asked for: a report state ({@code NONE} for not started), a text found in the
 * unit's code or name (without regard to case or diacritics), and an order: the units' own (default), by name, or
 * by value (highest first, units without a value last). The figure and its coverage are never narrowed: they are
 * {@link RollupService}'s, over every expected unit.
 *
 * <p>{@link RollupService#drilldown} returns every unit's line (its own figure needs the unit's measures), so the page
 * is cut here, in memory; the page's HTML is what grows no more with the number of units.
 */
record DrilldownSelection(String state, String q, String sort) {

    static final List<String> STATES = List.of("NONE", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED");

    static final List<String> SORTS = List.of("unit", "name", "value");

    static final int MAX_QUERY = 100;

    private static final Collator NAMES = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** What was asked, anything unknown left out. */
    static DrilldownSelection of(String state, String q, String sort) {
        String s = sort == null ? null : sort.toLowerCase(Locale.ROOT);
        return new DrilldownSelection(
                state != null && STATES.contains(state) ? state : null,
                SearchText.query(q, MAX_QUERY),
                s != null && SORTS.contains(s) && !"unit".equals(s) ? s : null);
    }

    public boolean filtered() {
        return state != null || !SearchText.terms(q).isEmpty();
    }

    /** The page {@code pageNumber} (from 0; past the end: the last) of {@code size} lines matching, in order. */
    Page<Drilldown.Line> page(Drilldown drilldown, int pageNumber, int size) {
        List<String> terms = SearchText.terms(q);
        var matching = drilldown.lines().stream()
                .filter(line -> state == null || state.equals(stateOf(line)))
                .filter(line -> terms.isEmpty() || matches(line, terms));
        if ("name".equals(sort)) {
            matching = matching.sorted(Comparator.comparing(line -> line.unit().name(), NAMES));
        } else if ("value".equals(sort)) {
            Aggregation aggregation = drilldown.figure().aggregation();
            matching = matching.sorted(Comparator.comparing(
                    (Drilldown.Line line) -> shown(line, aggregation),
                    Comparator.nullsLast(Comparator.reverseOrder())));
        }
        List<Drilldown.Line> lines = matching.toList();
        int lastPage = Math.max(0, (lines.size() - 1) / size);
        PageRequest request = PageRequest.of(Math.min(Math.max(pageNumber, 0), lastPage), size);
        int from = (int) request.getOffset();
        return new PageImpl<>(lines.subList(from, Math.min(lines.size(), from + size)), request, lines.size());
    }

    /** The drill-down's address with this selection (and the figure's scope), for its pager and sort links. */
    PageLinks links(long periodId, String code, RollupScope scope, String otherSort) {
        return PageLinks.to("/figures/" + periodId + "/" + code)
                .with("group", scope.group() == UnitKind.Group.PROVINCE ? null : scope.group())
                .with("unit", scope.subtreeRootId())
                .with("state", state)
                .with("q", q)
                .with("sort", "unit".equals(otherSort) ? null : otherSort);
    }

    private static String stateOf(Drilldown.Line line) {
        return line.unit().reportState() == null ? "NONE" : line.unit().reportState();
    }

    private static boolean matches(Drilldown.Line line, List<String> terms) {
        String text = SearchText.fold(line.unit().code() + " " + line.unit().name());
        return terms.stream().allMatch(text::contains);
    }

    /** The number the line shows in its last column: yes/no as 1/0, the unit's sum, or its own value. */
    private static BigDecimal shown(Drilldown.Line line, Aggregation aggregation) {
        if (!line.counted()) {
            return null;
        }
        return switch (aggregation) {
            case COUNT_UNITS -> line.inNumerator() ? BigDecimal.ONE : BigDecimal.ZERO;
            case SUM -> line.numerator();
            default -> line.value();
        };
    }
}
