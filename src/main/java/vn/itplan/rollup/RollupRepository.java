package vn.itplan.rollup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
 * The roll-up SQL. The measures and the joins they need come from {@link ReportMeasures}; each indicator's numerator
 * and denominator come from its stored formula ({@link FormulaSql}). The same expressions are listed per unit for the
 * drill-down and summed per group of units (a window over the same rows), so the two always agree. The expected
 * units are the completeness board's ({@link BoardScope#expectedUnits()}). One statement per roll-up, whatever the
 * number of units and indicators.
 */
@RequiredArgsConstructor
@Repository
class RollupRepository {

    private final NamedParameterJdbcTemplate jdbc;

    /** One expected unit in scope, its own terms per indicator and the sums of its group's approved reports. */
    record UnitTerms(
            UnitRowData unit,
            Map<String, Term> terms,
            UnitKind.Group group,
            BigDecimal groupReports,
            Map<String, Term> groupTerms) {}

    /** A unit's columns before its figures are computed. */
    record UnitRowData(
            Long unitId, String code, String name, UnitKind kind, Long reportId, String state, Measures measures) {}

    /** Every expected unit in scope with its report state, its measures and terms when approved, and group sums. */
    List<UnitTerms> unitRows(long periodId, RollupScope scope, FormulaSql formulas) {
        // the formulas are computed once per unit (inner query); the group sums add up those columns (outer query)
        String sql = "select t.*, sum(t.reports) over (partition by t.grp) as group_reports, "
                + formulas.columnSumsOver("t.grp")
                + " from (select u.id as unit_id, u.code, u.name, u.kind, u.sort_order, r.id as report_id, r.state,"
                + " case when " + ReportMeasures.APPROVED + " then 1 else 0 end as reports, "
                + BoardScope.GROUP_EXPRESSION + " as grp, "
                + ReportMeasures.approvedValues() + ", " + formulas.approvedValues()
                + " from unit u"
                + " join reporting_period pd on pd.id = :period"
                + ReportMeasures.REPORT_OF_UNIT
                + " where " + expectedUnits(scope)
                + ") t order by t.sort_order, t.name";
        List<UnitTerms> rows = new ArrayList<>();
        jdbc.query(sql, parameters(periodId, scope), rs -> {
            rows.add(new UnitTerms(
                    new UnitRowData(
                            rs.getLong("unit_id"),
                            rs.getString("code"),
                            rs.getString("name"),
                            UnitKind.valueOf(rs.getString("kind")),
                            rs.getObject("report_id", Long.class),
                            rs.getString("state"),
                            measures(rs)),
                    formulas.read(rs, ""),
                    UnitKind.Group.valueOf(rs.getString("grp")),
                    rs.getBigDecimal("group_reports"),
                    formulas.read(rs, "g")));
        });
        return rows;
    }

    /** A period's terms summed over its approved reports in scope, with the number of reports and its year. */
    record PeriodTerms(long periodId, int year, BigDecimal reports, Map<String, Term> terms) {}

    /** Sums over the approved reports of every period of one kind (the trend over the years). */
    List<PeriodTerms> sumsByPeriod(String periodKind, RollupScope scope, FormulaSql formulas) {
        String sql = "select pd.id as period_id, pd.period_year, count(*) as reports, " + formulas.sums()
                + " from " + ReportMeasures.REPORTS
                + " join unit u on u.id = r.unit_id join reporting_period pd on pd.id = r.period_id"
                + " where pd.kind = :kind and " + ReportMeasures.APPROVED + " and " + expectedUnits(scope)
                + " group by pd.id, pd.period_year";
        List<PeriodTerms> sums = new ArrayList<>();
        jdbc.query(sql, parameters(0, scope).addValue("kind", periodKind), rs -> {
            sums.add(new PeriodTerms(
                    rs.getLong("period_id"),
                    rs.getInt("period_year"),
                    rs.getBigDecimal("reports"),
                    formulas.read(rs, "")));
        });
        return sums;
    }

    /** One unit's report in one period with its year, measures and terms (when approved). */
    record HistoryTerms(UnitPeriodRow row, int year, Map<String, Term> terms) {}

    /** One unit's reports in every period (state, and measures when approved), newest period first. */
    List<HistoryTerms> unitHistory(long unitId, FormulaSql formulas) {
        String sql = "select pd.id as period_id, pd.period_year, r.id as report_id, r.state, "
                + "case when " + ReportMeasures.APPROVED + " then 1 else 0 end as reports, "
                + ReportMeasures.approvedValues() + ", " + formulas.approvedValues()
                + " from " + ReportMeasures.REPORTS + " join reporting_period pd on pd.id = r.period_id"
                + " where r.unit_id = :unit order by pd.end_date desc, pd.kind";
        List<HistoryTerms> rows = new ArrayList<>();
        jdbc.query(sql, new MapSqlParameterSource("unit", unitId), rs -> {
            rows.add(new HistoryTerms(
                    new UnitPeriodRow(
                            rs.getLong("period_id"), rs.getLong("report_id"), rs.getString("state"), measures(rs)),
                    rs.getInt("period_year"),
                    formulas.read(rs, "")));
        });
        return rows;
    }

    /**
     * The latest period from the year on (else the latest before it) that has approved reports: where a formula
     * valid from that year is previewed.
     */
    java.util.Optional<Long> latestPeriodWithApprovedReports(int fromYear) {
        String sql = "select pd.id from reporting_period pd where exists (select 1 from " + ReportMeasures.REPORTS
                + " where r.period_id = pd.id and " + ReportMeasures.APPROVED + ")"
                + " order by case when pd.period_year >= :year then 0 else 1 end, pd.end_date desc,"
                + " case pd.kind when 'ANNUAL' then 0 when 'SEMI_ANNUAL' then 1 else 2 end"
                + " fetch first 1 rows only";
        return jdbc.queryForList(sql, new MapSqlParameterSource("year", fromYear), Long.class).stream()
                .findFirst();
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
