package vn.itplan.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.itplan.unit.UnitKind;

/**
 * The completeness board in SQL, the one place where report states are counted and timeliness is judged: one
 * statement for the counts (GROUP-free aggregates over the expected units), one for the per-unit table and one for a
 * unit's timeliness in every period, all built from the same expressions so that they always agree, whatever the
 * number of units. Expected units are {@link BoardScope#expectedUnits()}, the roll-up's too.
 */
@RequiredArgsConstructor
@Repository
class ReportBoardRepository {

    private static final String DUE = "coalesce(e.extended_to, pd.due_date)";

    /**
     * Judged on the first submission against the effective due date (the unit's extension, else the period's):
     * submitted on or before it is on time, after it late; not submitted is overdue after the due date, else pending.
     */
    private static final String TIMELINESS = "case when r.first_submitted_on is not null then"
            + " (case when r.first_submitted_on <= " + DUE + " then 'ON_TIME' else 'LATE' end)"
            + " when " + DUE + " < :today then 'OVERDUE' else 'PENDING' end";

    private static final String FROM = " from unit u"
            + " join reporting_period pd on pd.id = :period"
            + " left join status_report r on r.unit_id = u.id and r.period_id = pd.id"
            + " left join deadline_extension e on e.unit_id = u.id and e.period_id = pd.id"
            + " where ";

    private final NamedParameterJdbcTemplate jdbc;

    /** The counts for the period over the expected units in scope. */
    BoardCounts counts(long periodId, BoardScope scope, LocalDate today) {
        String sql = "select count(*) as expected,"
                + count("r.id is null") + " as not_started,"
                + count("r.state = 'DRAFT'") + " as drafts,"
                + count("r.state = 'SUBMITTED'") + " as submitted,"
                + count("r.state = 'RETURNED'") + " as returned,"
                + count("r.state = 'APPROVED'") + " as approved,"
                + count("(" + TIMELINESS + ") = 'ON_TIME'") + " as on_time,"
                + count("(" + TIMELINESS + ") = 'LATE'") + " as late,"
                + count("(" + TIMELINESS + ") = 'OVERDUE'") + " as overdue"
                + FROM + scope.expectedUnits();
        return jdbc.queryForObject(
                sql,
                parameters(periodId, scope, today),
                (rs, n) -> new BoardCounts(
                        rs.getInt("expected"),
                        rs.getInt("not_started"),
                        rs.getInt("drafts"),
                        rs.getInt("submitted"),
                        rs.getInt("returned"),
                        rs.getInt("approved"),
                        rs.getInt("on_time"),
                        rs.getInt("late"),
                        rs.getInt("overdue")));
    }

    /** Every expected unit in display order, with its report's state and timeliness. */
    List<BoardRow> rows(long periodId, BoardScope scope, LocalDate today) {
        String sql = "select u.id as unit_id, u.code, coalesce(u.short_name, u.name) as unit_name,"
                + " r.id as report_id, r.state, r.updated_at, r.first_submitted_on, pd.due_date, e.extended_to, u.kind,"
                + " case when r.acknowledged_warnings is null then 0 else 1 end as with_warnings, "
                + TIMELINESS + " as timeliness"
                + FROM + scope.expectedUnits()
                + " order by u.sort_order, u.name";
        return jdbc.query(sql, parameters(periodId, scope, today), (rs, n) -> row(rs));
    }

    /** One unit's timeliness in every period, by period id (whether or not the unit is expected to report). */
    /** How many reports exist in each period (any state). */
    Map<Long, Integer> reportCountsByPeriod() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("select period_id, count(*) as reports from status_report group by period_id", rs -> {
            counts.put(rs.getLong("period_id"), rs.getInt("reports"));
        });
        return counts;
    }

    Map<Long, Timeliness> timelinessOf(long unitId, LocalDate today) {
        String sql = "select pd.id as period_id, " + TIMELINESS + " as timeliness"
                + " from reporting_period pd"
                + " left join status_report r on r.unit_id = :unit and r.period_id = pd.id"
                + " left join deadline_extension e on e.unit_id = :unit and e.period_id = pd.id";
        Map<Long, Timeliness> result = new HashMap<>();
        jdbc.query(sql, new MapSqlParameterSource("unit", unitId).addValue("today", today), rs -> {
            result.put(rs.getLong("period_id"), Timeliness.valueOf(rs.getString("timeliness")));
        });
        return result;
    }

    private static BoardRow row(ResultSet rs) throws SQLException {
        String state = rs.getString("state");
        OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
        return new BoardRow(
                rs.getLong("unit_id"),
                rs.getString("code"),
                rs.getString("unit_name"),
                rs.getObject("report_id", Long.class),
                state == null ? null : ReportState.valueOf(state),
                updated == null ? null : updated.toInstant(),
                rs.getObject("first_submitted_on", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("extended_to", LocalDate.class),
                Timeliness.valueOf(rs.getString("timeliness")),
                UnitKind.valueOf(rs.getString("kind")).group(),
                rs.getInt("with_warnings") == 1);
    }

    private static String count(String condition) {
        return " coalesce(sum(case when " + condition + " then 1 else 0 end), 0)";
    }

    private static MapSqlParameterSource parameters(long periodId, BoardScope scope, LocalDate today) {
        return new MapSqlParameterSource("period", periodId)
                .addValue("root", scope.subtreeRootId())
                .addValue("today", today);
    }
}
