package vn.itplan.rollup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.itplan.report.BoardScope;
import vn.itplan.report.ReportMeasures;
import vn.itplan.unit.UnitKind;

/**
 * The roll-up SQL. The measures and the joins they need come from {@link ReportMeasures}; the same expressions are
 * summed with GROUP BY for the figures and listed per unit for the drill-down, so the two always agree. The expected
 * units are the completeness board's ({@link BoardScope#expectedUnits()}). Two statements per roll-up, whatever the
 * number of units.
 */
@RequiredArgsConstructor
@Repository
class RollupRepository {

    private final NamedParameterJdbcTemplate jdbc;

    /** Sums over the approved reports in scope, by group (provincial bodies, districts). */
    Map<UnitKind.Group, Measures> sumsByGroup(long periodId, RollupScope scope) {
        String sql = "select " + BoardScope.GROUP_EXPRESSION + " as grp, count(*) as reports, " + ReportMeasures.sums()
                + " from " + ReportMeasures.REPORTS
                + " join unit u on u.id = r.unit_id join reporting_period pd on pd.id = r.period_id"
                + " where r.period_id = :period and " + ReportMeasures.APPROVED + " and " + expectedUnits(scope)
                + " group by " + BoardScope.GROUP_EXPRESSION;
        Map<UnitKind.Group, Measures> sums = new EnumMap<>(UnitKind.Group.class);
        jdbc.query(sql, parameters(periodId, scope), rs -> {
            sums.put(UnitKind.Group.valueOf(rs.getString("grp")), measures(rs));
        });
        return sums;
    }

    /** Every expected unit in scope with its report state and its measures when the report is approved. */
    List<UnitRow> unitRows(long periodId, RollupScope scope) {
        String sql = "select u.id as unit_id, u.code, u.name, u.kind, r.id as report_id, r.state,"
                + " case when " + ReportMeasures.APPROVED + " then 1 else 0 end as reports, "
                + ReportMeasures.approvedValues()
                + " from unit u"
                + " join reporting_period pd on pd.id = :period"
                + ReportMeasures.REPORT_OF_UNIT
                + " where " + expectedUnits(scope)
                + " order by u.sort_order, u.name";
        List<UnitRow> rows = new ArrayList<>();
        jdbc.query(sql, parameters(periodId, scope), rs -> {
            rows.add(new UnitRow(
                    rs.getLong("unit_id"),
                    rs.getString("code"),
                    rs.getString("name"),
                    UnitKind.valueOf(rs.getString("kind")),
                    rs.getObject("report_id", Long.class),
                    rs.getString("state"),
                    measures(rs)));
        });
        return rows;
    }

    /** Sums over the approved reports of every period of one kind (the trend over the years), by period id. */
    Map<Long, Measures> sumsByPeriod(String periodKind, RollupScope scope) {
        String sql = "select pd.id as period_id, count(*) as reports, " + ReportMeasures.sums()
                + " from " + ReportMeasures.REPORTS
                + " join unit u on u.id = r.unit_id join reporting_period pd on pd.id = r.period_id"
                + " where pd.kind = :kind and " + ReportMeasures.APPROVED + " and " + expectedUnits(scope)
                + " group by pd.id";
        Map<Long, Measures> sums = new HashMap<>();
        jdbc.query(sql, parameters(0, scope).addValue("kind", periodKind), rs -> {
            sums.put(rs.getLong("period_id"), measures(rs));
        });
        return sums;
    }

    /** One unit's reports in every period (state, and measures when approved), newest period first. */
    List<UnitPeriodRow> unitHistory(long unitId) {
        String sql = "select pd.id as period_id, r.id as report_id, r.state, "
                + "case when " + ReportMeasures.APPROVED + " then 1 else 0 end as reports, "
                + ReportMeasures.approvedValues()
                + " from " + ReportMeasures.REPORTS + " join reporting_period pd on pd.id = r.period_id"
                + " where r.unit_id = :unit order by pd.end_date desc, pd.kind";
        List<UnitPeriodRow> rows = new ArrayList<>();
        jdbc.query(sql, new MapSqlParameterSource("unit", unitId), rs -> {
            rows.add(new UnitPeriodRow(
                    rs.getLong("period_id"), rs.getLong("report_id"), rs.getString("state"), measures(rs)));
        });
        return rows;
    }

    private static String expectedUnits(RollupScope scope) {
        return new BoardScope(scope.group(), scope.subtreeRootId()).expectedUnits();
    }

    private static MapSqlParameterSource parameters(long periodId, RollupScope scope) {
        return new MapSqlParameterSource("period", periodId).addValue("root", scope.subtreeRootId());
    }

    private static Measures measures(ResultSet rs) throws SQLException {
        BigDecimal reports = rs.getBigDecimal("reports");
        return new Measures(reports, ReportMeasures.read(rs));
    }
}
