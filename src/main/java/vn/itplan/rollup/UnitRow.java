package vn.itplan.rollup;

import java.util.Map;
import vn.itplan.unit.UnitKind;

/**
 * One expected unit in a roll-up: its report state for the period (null when not started), its report id, and its
 * measures when the report is approved (none otherwise), and its own figure of each indicator (a yes/no count is 1
 * or 0; null values unless approved). Timeliness is the completeness board's
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
