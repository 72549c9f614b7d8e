package vn.itplan.dashboard;

import java.util.List;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.rollup.KeyIndicators;
import vn.itplan.rollup.RollupService;
import vn.itplan.unit.Unit;

/** A unit's IT status over time: its reports and their states, its indicators per year, and its rank. */
public record UnitProfile(
        Unit unit,
        Unit parent,
        List<Entry> history,
        Ranking.Entry rank,
        Integer rankedUnits,
        ReportingPeriod rankPeriod,
        List<String> codes,
        String chartsJson) {

    /** The indicators shown as yes/no per report. */
    public List<String> yesNoCodes() {
        return KeyIndicators.UNIT_PROFILE_YES_NO;
    }

    /** One period's report of the unit. */
    public record Entry(ReportingPeriod period, RollupService.UnitHistory report) {}
}
