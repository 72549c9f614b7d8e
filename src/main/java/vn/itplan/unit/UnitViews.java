package vn.itplan.unit;

import java.util.List;
import vn.itplan.audit.AuditEvent;

/** What the unit pages show; built by {@link UnitAdminService} so that the views run no queries. */
final class UnitViews {

    private UnitViews() {}

    /**
     * A unit in the tree with its children. When a filter is on, {@code match} says the unit meets it and
     * {@code context} that it is only shown as the ancestor of a unit that does; without a filter both are false.
     */
    record Node(Unit unit, boolean match, boolean context, List<Node> children) {

        public boolean hasChildren() {
            return !children.isEmpty();
        }
    }

    /** The catalogue page: the (filtered) tree, the matching units in tree order, and the counts. */
    record Catalogue(List<Node> tree, List<Unit> rows, int total, boolean filtered) {

        public int matches() {
            return rows.size();
        }
    }

    /** One unit with its place in the tree and its audit history. */
    record Details(
            Unit unit,
            Unit parent,
            List<Unit> ancestors,
            List<Unit> children,
            long subtreeSize,
            List<AuditEvent> history) {}

    /** An entry of a parent chooser, in tree order; the page indents it by {@code depth} (0 for the root). */
    record ParentOption(Long id, String name, String code, int depth) {}
}
