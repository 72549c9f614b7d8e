package vn.itplan.dashboard;

import vn.itplan.period.PeriodKind;
import vn.itplan.unit.UnitKind;

/**
 * The dashboard's filters, all in the URL so that a view can be shared: the year of the figures and, optionally, one
 * of its quarters (then the figures, the ranking and the trend are quarterly), the period of the completeness cards,
 * the group of units, the subtree and the external framework whose indicators the headline cards show
 * ({@code FrameworkCode.DTI}, {@code ICT_INDEX}; null: the key indicators). Null means "the default".
 */
public record DashboardFilters(
        Integer year, Integer quarter, Long period, UnitKind.Group group, Long unit, String framework) {

    public DashboardFilters(Integer year, Long period, UnitKind.Group group, Long unit) {
        this(year, null, period, group, unit, null);
    }

    /** The kind of period the figures and the trend are read from. */
    public PeriodKind figuresKind() {
        return quarter == null ? PeriodKind.ANNUAL : PeriodKind.QUARTERLY;
    }
}
