package vn.itplan.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.itplan.unit.UnitKind;
import vn.itplan.web.SearchText;

/**
 * The completeness board in SQL, the one place where report states are counted and timeliness is judged: one
 * statement for the counts (GROUP-free aggregates over the expected units), one for the per-unit table and one for a
 * unit's timeliness in every period, all built from the same expressions so that they always agree, whatever the
 * number of units. Expected units are {@link BoardScope#expectedUnits()}, the roll-up's too. The board's page reads
 * the rows a {@link BoardSelection} asks for in SQL (filter, search, order, one page: {@link #matching}, {@link
 * #page}), the export all of them as a stream ({@link #eachMatching}).
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

    private static final String ROW_COLUMNS =
            "select u.id as unit_id, u.code, coalesce(u.short_name, u.name) as unit_name,"
                    + " r.id as report_id, r.state, r.updated_at, r.first_submitted_on, pd.due_date, e.extended_to, u.kind,"
                    + " case when r.acknowledged_warnings is null then 0 else 1 end as with_warnings, "
                    + TIMELINESS + " as timeliness";

    /** The units' own order, and the unit's id to make it total (so that pages never share or skip a row). */
    private static final String UNIT_ORDER = "u.sort_order, u.name, u.id";

    /** What needs the staff's action first: awaiting review, then not started, being filled in, returned, approved. */
    private static final String STATE_RANK = "case when r.id is null then 1 when r.state = 'SUBMITTED' then 0"
            + " when r.state = 'DRAFT' then 2 when r.state = 'RETURNED' then 3 else 4 end";

    private static final String TIMELINESS_RANK =
            "case " + TIMELINESS + " when 'OVERDUE' then 0 when 'LATE' then 1 when 'PENDING' then 2 else 3 end";

    /** The groups in {@link UnitKind.Group}'s order (the province, its bodies, the districts). */
    private static final String GROUP_RANK = groupRank();

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

    /** How many expected units of the period match the selection (its group, state or timeliness, search). */
    int matching(long periodId, BoardSelection selection, LocalDate today) {
        String sql = "select count(*)" + FROM + where(selection);
        Integer count = jdbc.queryForObject(sql, parameters(periodId, selection, today), Integer.class);
        return count == null ? 0 : count;
    }

    /** One page of the expected units that match the selection, in its order (ties in the units' own). */
    List<BoardRow> page(long periodId, BoardSelection selection, LocalDate today, long offset, int limit) {
        String sql = ROW_COLUMNS + FROM + where(selection) + " order by " + order(selection)
                + " limit :limit offset :offset";
        return jdbc.query(
                sql,
                parameters(periodId, selection, today).addValue("limit", limit).addValue("offset", offset),
                (rs, n) -> row(rs));
    }

    /** Every expected unit that matches the selection, in its order, handed over one at a time (the export). */
    void eachMatching(long periodId, BoardSelection selection, LocalDate today, Consumer<BoardRow> each) {
        String sql = ROW_COLUMNS + FROM + where(selection) + " order by " + order(selection);
        jdbc.query(sql, parameters(periodId, selection, today), rs -> {
            each.accept(row(rs));
        });
    }

    /** An expected unit in a period: the staff's queue lists units of several periods. */
    record PeriodRow(long periodId, BoardRow row) {}

    /**
     * The periods {@code :periods} (the ones still being collected), each with its expected units, the report and the
     * extension (the board's {@link #FROM} over several periods). The reports are also limited to those periods by
     * their own column, so that PostgreSQL reads them by the period index (national scale, two periods: 37-100 ms,
     * against 390-470 ms for a hash join over all 221,000 reports).
     */
    private static final String COLLECTING_FROM = " from unit u"
            + " join reporting_period pd on pd.id in (:periods)"
            + " left join status_report r on r.unit_id = u.id and r.period_id = pd.id and r.period_id in (:periods)"
            + " left join deadline_extension e on e.unit_id = u.id and e.period_id = pd.id"
            + " where ";

    private static final String OVERDUE_IN_COLLECTING =
            COLLECTING_FROM + BoardScope.ALL.expectedUnits() + " and (" + TIMELINESS + ") = 'OVERDUE'";

    /** How many expected units are overdue in the periods (at least one) still being collected. */
    int overdueCount(Collection<Long> periodIds, LocalDate today) {
        Integer count = jdbc.queryForObject(
                "select count(*)" + OVERDUE_IN_COLLECTING, collecting(periodIds, today), Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * One page of the expected units overdue in the periods (at least one) still being collected, the longest overdue
     * first (then the periods by due date, the units in their own order).
     */
    List<PeriodRow> overduePage(Collection<Long> periodIds, LocalDate today, long offset, int limit) {
        String sql = ROW_COLUMNS + ", pd.id as period_id" + OVERDUE_IN_COLLECTING
                + " order by " + DUE + ", pd.due_date, pd.id, " + UNIT_ORDER
                + " limit :limit offset :offset";
        return jdbc.query(
                sql,
                collecting(periodIds, today).addValue("limit", limit).addValue("offset", offset),
                (rs, n) -> new PeriodRow(rs.getLong("period_id"), row(rs)));
    }

    /** Whom a reminder from the board reaches: the expected units that have not started, or are overdue. */
    private static final String TO_REMIND =
            BoardScope.ALL.expectedUnits() + " and (r.id is null or (" + TIMELINESS + ") = 'OVERDUE')";

    /** How many expected units of the period a reminder reaches ({@link #TO_REMIND}). */
    int toRemindCount(long periodId, LocalDate today) {
        Integer count = jdbc.queryForObject(
                "select count(*)" + FROM + TO_REMIND, parameters(periodId, BoardScope.ALL, today), Integer.class);
        return count == null ? 0 : count;
    }

    /** One page of the expected units of the period a reminder reaches, in the units' own order. */
    List<BoardRow> toRemindPage(long periodId, LocalDate today, long offset, int limit) {
        String sql = ROW_COLUMNS + FROM + TO_REMIND + " order by " + UNIT_ORDER + " limit :limit offset :offset";
        return jdbc.query(
                sql,
                parameters(periodId, BoardScope.ALL, today)
                        .addValue("limit", limit)
                        .addValue("offset", offset),
                (rs, n) -> row(rs));
    }

    /** How many reports exist in each period (any state). */
    Map<Long, Integer> reportCountsByPeriod() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("select period_id, count(*) as reports from status_report group by period_id", rs -> {
            counts.put(rs.getLong("period_id"), rs.getInt("reports"));
        });
        return counts;
    }

    /** One unit's timeliness in every period, by period id (whether or not the unit is expected to report). */
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

    private static String where(BoardSelection selection) {
        StringBuilder where = new StringBuilder(new BoardScope(selection.group(), null).expectedUnits());
        if (selection.show() != null) {
            where.append(
                    switch (selection.show()) {
                        case "NOT_STARTED" -> " and r.id is null";
                        case "ON_TIME", "LATE", "OVERDUE" -> " and (" + TIMELINESS + ") = :show";
                        default -> " and r.state = :show";
                    });
        }
        List<String> terms = selection.terms();
        for (int k = 0; k < terms.size(); k++) {
            where.append(" and u.search_text like :term" + k + " escape '\\'");
        }
        return where.toString();
    }

    private static String order(BoardSelection selection) {
        if (selection.sort() == null) {
            return UNIT_ORDER;
        }
        return switch (selection.sort()) {
            case "state" -> STATE_RANK + ", " + UNIT_ORDER;
            case "timeliness" -> TIMELINESS_RANK + ", " + UNIT_ORDER;
            case "group" -> GROUP_RANK + ", " + UNIT_ORDER;
            default -> UNIT_ORDER;
        };
    }

    private static String groupRank() {
        StringBuilder rank = new StringBuilder("case u.kind");
        for (UnitKind kind : UnitKind.values()) {
            rank.append(" when '")
                    .append(kind.name())
                    .append("' then ")
                    .append(kind.group().ordinal());
        }
        return rank.append(" else ")
                .append(UnitKind.Group.values().length)
                .append(" end")
                .toString();
    }

    private static MapSqlParameterSource parameters(long periodId, BoardSelection selection, LocalDate today) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("period", periodId)
                .addValue("root", null)
                .addValue("today", today)
                .addValue("show", selection.show());
        List<String> terms = selection.terms();
        for (int k = 0; k < terms.size(); k++) {
            parameters.addValue("term" + k, SearchText.containsPattern(terms.get(k)));
        }
        return parameters;
    }

    private static String count(String condition) {
        return " coalesce(sum(case when " + condition + " then 1 else 0 end), 0)";
    }

    private static MapSqlParameterSource collecting(Collection<Long> periodIds, LocalDate today) {
        return new MapSqlParameterSource("periods", periodIds).addValue("today", today);
    }

    private static MapSqlParameterSource parameters(long periodId, BoardScope scope, LocalDate today) {
        return new MapSqlParameterSource("period", periodId)
                .addValue("root", scope.subtreeRootId())
                .addValue("today", today);
    }
}
