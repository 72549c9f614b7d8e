package vn.itplan.rollup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.unit.UnitKind;

/**
 * The figures of one period's approved reports over a scope: one {@link Figure} per computed indicator for the
 * whole scope and per group of units, with the coverage they rest on and the expected units behind them.
 */
public record Rollup(
        ReportingPeriod period,
        RollupScope scope,
        Coverage coverage,
        List<UnitRow> units,
        Map<String, Figure> figures,
        Map<UnitKind.Group, Map<String, Figure>> figuresByGroup,
        Map<UnitKind.Group, Coverage> coverageByGroup) {

    public Optional<Figure> figure(String code) {
        return Optional.ofNullable(figures.get(code));
    }
}
