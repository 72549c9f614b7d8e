package vn.itplan.rollup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.itplan.report.BoardScope;
import vn.itplan.report.ReportMeasure;
import vn.itplan.report.ReportMeasures;
import vn.itplan.unit.UnitKind;

/**
 * The roll-up SQL. The measures and the joins they need come from {@link ReportMeasures}; each indicator's numerator
 * and denominator come from its stored formula ({@link FormulaSql}). The expected units are the completeness board's
 * ({@link BoardScope#expectedUnits()}). One statement per roll-up, whatever the number of units and indicators: the
 * sums of every formula per kind of unit, computed by the database, and the list of expected units with their
 * report; a unit's own terms (the drill-down, the ranking) and measures (the exports) only when asked for, for the
 * indicators asked for.
 */
@RequiredArgsConstructor
@Repository
class RollupRepository {

    private final NamedParameterJdbcTemplate jdbc;

    /** An expected unit in scope with its report (if any), its own terms of the chosen indicators and its measures. */
    record UnitData(
            Long unitId,
            String code,
            String name,
            UnitKind kind,
            Long reportId,
            String state,
            Measures measures,
            Map<String, Term> terms) {}

    /** One period's roll-up before figures: the expected units, and per group the approved reports and the sums. */
    record RollupRows(
            List<UnitData> units,
            Map<UnitKind.Group, BigDecimal> reports,
            Map<UnitKind.Group, Map<String, Term>> sums) {}

    /**
     * Every expected unit in scope with its report state, and the sums of every formula over the approved reports of
     * each group of units. {@code detail} says what else a unit row carries: its own terms of some indicators, its
     * measures.
     */
    RollupRows rows(long periodId, RollupScope scope, FormulaSql formulas, RollupService.UnitDetail detail) {
        boolean sections = detail.measures() || !detail.indicators().isEmpty();
        String sql = "select 0 as unit_row, cast(null as bigint) as unit_id, cast(null as varchar(255)) as code,"
                + " cast(null as varchar(255)) as name, u.kind, cast(null as integer) as sort_order,"
                + " cast(null as bigint) as report_id, cast(null as varchar(32)) as state, count(*) as reports, "
                + formulas.sums() + measureNulls(detail)
                + " from unit u join reporting_period pd on pd.id = :period"
                + ReportMeasures.REPORT_OF_UNIT
                + " where " + ReportMeasures.APPROVED + " and " + expectedUnits(scope)
                + " group by u.kind"
                + " union all"
                + " select 1, u.id, u.code, u.name, u.kind, u.sort_order, r.id, r.state,"
                + " case when " + ReportMeasures.APPROVED + " then 1 else 0 end, "
                + formulas.approvedValues(detail.indicators())
                + (detail.measures() ? ", " + ReportMeasures.approvedValues() : "")
                + " from unit u join reporting_period pd on pd.id = :period"
                + (sections
                        ? ReportMeasures.REPORT_OF_UNIT
                        : " left join status_report r on r.unit_id = u.id and r.period_id = pd.id")
                + " where " + expectedUnits(scope)
                + " order by unit_row, sort_order, name";
        List<UnitData> units = new ArrayList<>();
        Map<UnitKind.Group, BigDecimal> reports = new EnumMap<>(UnitKind.Group.class);
        Map<UnitKind.Group, Map<String, Term>> sums = new EnumMap<>(UnitKind.Group.class);
        jdbc.query(sql, parameters(periodId, scope), rs -> {
            UnitKind kind = UnitKind.valueOf(rs.getString("kind"));
            if (rs.getInt("unit_row") == 0) {
                UnitKind.Group group = sumGroup(kind);
                reports.merge(group, rs.getBigDecimal("reports"), BigDecimal::add);
                Map<String, Term> groupSums = sums.computeIfAbsent(group, g -> new HashMap<>());
                formulas.read(rs).forEach((code, term) -> groupSums.merge(code, term, Term::plus));
                return;
            }
            units.add(new UnitData(
                    rs.getLong("unit_id"),
                    rs.getString("code"),
                    rs.getString("name"),
                    kind,
                    rs.getObject("report_id", Long.class),
                    rs.getString("state"),
                    detail.measures() ? measures(rs) : null,
                    formulas.read(rs, detail.indicators())));
        });
        return new RollupRows(units, reports, sums);
    }

    /** The group a kind's sums count in: districts, else provincial bodies (with the province itself). */
    private static UnitKind.Group sumGroup(UnitKind kind) {
        return kind.group() == UnitKind.Group.DISTRICT ? UnitKind.Group.DISTRICT : UnitKind.Group.PROVINCIAL;
    }

    /** The measure columns of the unit rows, typed nulls in the sums' rows of the same result. */
    private static String measureNulls(RollupService.UnitDetail detail) {
        return detail.measures()
                ? ", "
                        + Arrays.stream(ReportMeasure.values())
                                .map(m -> FormulaSql.NULL + " as " + m.column())
                                .collect(Collectors.joining(", "))
                : "";
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
                    rs.getLong("period_id"), rs.getInt("period_year"), rs.getBigDecimal("reports"), formulas.read(rs)));
        });
        return sums;
    }

    /** The ids of the periods that have an approved report of an expected unit, with their number. */
    Map<Long, Integer> approvedReportCounts(RollupScope scope) {
        String sql = "select pd.id as period_id, count(*) as reports from status_report r"
                + " join unit u on u.id = r.unit_id join reporting_period pd on pd.id = r.period_id"
                + " where " + ReportMeasures.APPROVED + " and " + expectedUnits(scope) + " group by pd.id";
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query(sql, parameters(0, scope), rs -> {
            counts.put(rs.getLong("period_id"), rs.getInt("reports"));
        });
        return counts;
    }

    /** One unit's report in one period with its year, measures and terms (when approved). */
    record HistoryTerms(UnitPeriodRow row, int year, Map<String, Term> terms) {}

    /** One unit's reports in every period (state, and measures when approved), newest period first. */
    List<HistoryTerms> unitHistory(long unitId, FormulaSql formulas) {
        java.util.Set<String> all =
                formulas.indicators().stream().map(i -> i.code()).collect(Collectors.toSet());
        String sql = "select pd.id as period_id, pd.period_year, r.id as report_id, r.state, "
                + "case when " + ReportMeasures.APPROVED + " then 1 else 0 end as reports, "
                + ReportMeasures.approvedValues() + ", " + formulas.approvedValues(all)
                + " from " + ReportMeasures.REPORTS + " join reporting_period pd on pd.id = r.period_id"
                + " where r.unit_id = :unit order by pd.end_date desc, pd.kind";
        List<HistoryTerms> rows = new ArrayList<>();
        jdbc.query(sql, new MapSqlParameterSource("unit", unitId), rs -> {
            rows.add(new HistoryTerms(
                    new UnitPeriodRow(
                            rs.getLong("period_id"), rs.getLong("report_id"), rs.getString("state"), measures(rs)),
                    rs.getInt("period_year"),
                    formulas.read(rs)));
        });
        return rows;
    }

    /**
     * The latest period from the year on (else the latest before it) that has approved reports: where a formula
     * valid from that year is previewed.
     */
    Optional<Long> latestPeriodWithApprovedReports(int fromYear) {
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
