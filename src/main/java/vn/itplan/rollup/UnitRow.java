package vn.itplan.rollup;

import java.util.Map;
import vn.itplan.unit.UnitKind;

/**
 * One expected unit in a roll-up: its report state for the period (null when not started) and its report id; when
 * the roll-up was asked for them ({@link RollupService.UnitDetail}), its measures (null values unless the report is
 * approved; null when not asked for) and its own figure of the indicators asked for (a yes/no count is 1 or 0; null
 * values unless approved; empty when none was asked for). Timeliness is the completeness board's
 * ({@code report.ReportBoardService}).
 */
public record UnitRow(
        Long unitId,
        String code,
        String name,
        UnitKind kind,
        Long reportId,
        String reportState,
        Measures measures,
        Map<String, Figure> figures) {

    public boolean approved() {
        return "APPROVED".equals(reportState);
    }
}
