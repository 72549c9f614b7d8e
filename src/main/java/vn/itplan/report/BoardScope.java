package vn.itplan.report;

import java.util.Arrays;
import java.util.stream.Collectors;
import vn.itplan.unit.ExpectedUnits;
import vn.itplan.unit.UnitKind;

/**
 * Which expected units a count covers: all, one group (provincial bodies or districts), and/or the subtree under
 * one unit. {@link #expectedUnits()} is the one SQL condition for "this unit must report in this period", shared by
 * the completeness board and the roll-up so that their counts of units always agree.
 */
public record BoardScope(UnitKind.Group group, Long subtreeRootId) {

    public static final BoardScope ALL = new BoardScope(null, null);

    /** The unit's group as SQL: 'DISTRICT' or 'PROVINCIAL' (the province itself counts with provincial bodies). */
    public static final String GROUP_EXPRESSION =
            "case when u.kind in (" + kinds(UnitKind.Group.DISTRICT) + ") then 'DISTRICT' else 'PROVINCIAL' end";

    public BoardScope {
        group = group == UnitKind.Group.PROVINCE ? null : group;
    }

    /**
     * Units expected to report in the period: reporting, active, valid at some time during the period, in the
     * group and subtree. The query names the unit {@code u}, the period {@code pd}, and binds {@code :root} to
     * {@link #subtreeRootId()}.
     */
    public String expectedUnits() {
        StringBuilder where = new StringBuilder(ExpectedUnits.CONDITION);
        if (group != null) {
            where.append(" and u.kind in (").append(kinds(group)).append(")");
        }
        if (subtreeRootId != null) {
            where.append(ExpectedUnits.IN_SUBTREE);
        }
        return where.toString();
    }

    private static String kinds(UnitKind.Group group) {
        return Arrays.stream(UnitKind.values())
                .filter(k -> k.group() == group)
                .map(k -> "'" + k.name() + "'")
                .collect(Collectors.joining(", "));
    }
}
