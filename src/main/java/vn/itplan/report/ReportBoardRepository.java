package vn.itplan.report;

import vn.itplan.unit.ExpectedUnits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The completeness board in SQL: one statement for the counts (GROUP-free aggregates over the expected units) and
 * one for the per-unit table, built from the same expressions so that they always agree, whatever the number
 * of units. Expected units are those the roll-up expects: reporting, active and valid during the period.
 */
@Repository
class ReportBoardRepository {

    private static final String DUE = "coalesce(e.extended_to, pd.due_date)";

    private static final String TIMELINESS = "case when r.first_submitted_on is not null then"
            + " (case when r.first_submitted_on <= " + DUE + " then 'ON_TIME' else 'LATE' end)"
            + " when " + DUE + " < :today then 'OVERDUE' else 'PENDING' end";

    private static final String FROM = " from unit u"
            + " join reporting_period pd on pd.id = :period"
            + " left join status_report r on r.unit_id = u.id and r.period_id = pd.id"
            + " left join deadline_extension e on e.unit_id = u.id and e.period_id = pd.id"
            + " where " + ExpectedUnits.CONDITION + " ";


    private final NamedParameterJdbcTemplate jdbc;

    ReportBoardRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts for the period; {@code rootUnitId} limits them to a subtree (null: every unit). */
    BoardCounts counts(long periodId, Long rootUnitId, LocalDate today) {
        String sql = "select count(*) as expected,"
                + count("r.id is null") + " as not_started,"
                + count("r.state = 'DRAFT'") + " as drafts,"
                + count("r.state = 'SUBMITTED'") + " as submitted,"
                + count("r.state = 'RETURNED'") + " as returned,"
                + count("r.state = 'APPROVED'") + " as approved,"
                + count("(" + TIMELINESS + ") = 'ON_TIME'") + " as on_time,"
                + count("(" + TIMELINESS + ") = 'LATE'") + " as late,"
                + count("(" + TIMELINESS + ") = 'OVERDUE'") + " as overdue"
                + FROM + scope(rootUnitId);
        return jdbc.queryForObject(sql, parameters(periodId, rootUnitId, today), (rs, n) -> new BoardCounts(
                rs.getInt("expected"), rs.getInt("not_started"), rs.getInt("drafts"), rs.getInt("submitted"),
                rs.getInt("returned"), rs.getInt("approved"), rs.getInt("on_time"), rs.getInt("late"),
                rs.getInt("overdue")));
    }

    /** Every expected unit in display order, with its report's state and timeliness. */
    List<BoardRow> rows(long periodId, Long rootUnitId, LocalDate today, ZoneId zone) {
        String sql = "select u.id as unit_id, u.code, coalesce(u.short_name, u.name) as unit_name,"
                + " r.id as report_id, r.state, r.updated_at, r.first_submitted_on, pd.due_date, e.extended_to, "
                + TIMELINESS + " as timeliness"
                + FROM + scope(rootUnitId)
                + " order by u.sort_order, u.name";
        return jdbc.query(sql, parameters(periodId, rootUnitId, today), (rs, n) -> row(rs, zone));
    }

    private static BoardRow row(ResultSet rs, ZoneId zone) throws SQLException {
        String state = rs.getString("state");
        OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
        return new BoardRow(rs.getLong("unit_id"), rs.getString("code"), rs.getString("unit_name"),
                rs.getObject("report_id", Long.class), state == null ? null : ReportState.valueOf(state),
                updated == null ? null : updated.atZoneSameInstant(zone).toLocalDateTime(),
                rs.getObject("first_submitted_on", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                rs.getObject("extended_to", LocalDate.class), Timeliness.valueOf(rs.getString("timeliness")));
    }

    private static String count(String condition) {
        return " coalesce(sum(case when " + condition + " then 1 else 0 end), 0)";
    }

    private static String scope(Long rootUnitId) {
        return rootUnitId == null ? "" : ExpectedUnits.IN_SUBTREE;
    }

    private static MapSqlParameterSource parameters(long periodId, Long rootUnitId, LocalDate today) {
        return new MapSqlParameterSource("period", periodId).addValue("root", rootUnitId).addValue("today", today);
    }
}
