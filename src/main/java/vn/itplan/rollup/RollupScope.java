package vn.itplan.rollup;

import vn.itplan.unit.UnitKind;

/**
 * Which units a roll-up covers: all reporting units, one group (provincial bodies or districts), and/or the
 * subtree under one unit. The URL of a dashboard or drill-down carries these.
 */
public record RollupScope(UnitKind.Group group, Long subtreeRootId) {

    public static final RollupScope ALL = new RollupScope(null, null);

    public static RollupScope of(UnitKind.Group group, Long subtreeRootId) {
        return new RollupScope(group == UnitKind.Group.PROVINCE ? null : group, subtreeRootId);
    }
}
