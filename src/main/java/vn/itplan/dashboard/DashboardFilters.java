package vn.itplan.dashboard;

import vn.itplan.unit.UnitKind;

/**
 * The dashboard's filters, all in the URL so that a view can be shared: the year of the figures, the period of
 * the completeness cards, the group of units and the subtree. Null means "the default".
 */
public record DashboardFilters(Integer year, Long period, UnitKind.Group group, Long unit) {}
