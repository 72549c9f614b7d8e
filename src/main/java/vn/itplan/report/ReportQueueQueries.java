package vn.itplan.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The staff's work queue in SQL: one statement for the reports awaiting review, one for the extension requests
 * pending, one for the extensions in force.
 */
@RequiredArgsConstructor
@Repository
class ReportQueueQueries {

    private final NamedParameterJdbcTemplate jdbc;

    /** A report awaiting review, as read. */
    record WaitingRow(
            long reportId,
            long unitId,
            String unitName,
            long periodId,
            java.time.Instant submittedAt,
            boolean withWarnings) {}

    /** An extension in force, as read. */
    record ExtensionRow(
            long unitId,
            String unitName,
            long periodId,
            LocalDate extendedTo,
            String reason,
            Long reportId,
            ReportState state) {}

    /** A unit's pending request for a later deadline, as read; {@code extendedTo}: its current extension. */
    record RequestRow(
            long requestId,
            long unitId,
            String unitName,
            long periodId,
            LocalDate requestedTo,
            String reason,
            String requestedBy,
            java.time.Instant requestedAt,
            LocalDate extendedTo) {}

    /** The {@code limit} reports awaiting review that have waited longest, the longest first. */
    List<WaitingRow> waiting(int limit) {
        return waiting(null, null, limit);
    }

    /** How many reports await review. */
    int waitingCount() {
        Integer count = jdbc.queryForObject(
                "select count(*) from status_report where state = 'SUBMITTED'",
                new MapSqlParameterSource(),
                Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * The reports awaiting review submitted in [{@code from}, {@code to}) (null: no bound), the longest waiting
     * first.
     */
    List<WaitingRow> waiting(java.time.Instant from, java.time.Instant to) {
        return waiting(from, to, null);
    }

    private List<WaitingRow> waiting(java.time.Instant from, java.time.Instant to, Integer limit) {
        String sql = "select r.id, r.unit_id, coalesce(u.short_name, u.name) as unit_name,"
                + " coalesce(r.submitted_at, r.updated_at) as submitted_at,"
                + " case when r.acknowledged_warnings is null then 0 else 1 end as with_warnings,"
                + " r.period_id"
                + " from status_report r join unit u on u.id = r.unit_id"
                + " where r.state = 'SUBMITTED'"
                + (from == null ? "" : " and coalesce(r.submitted_at, r.updated_at) >= :from")
                + (to == null ? "" : " and coalesce(r.submitted_at, r.updated_at) < :to")
                + " order by 4, r.id"
                + (limit == null ? "" : " limit :limit");
        MapSqlParameterSource parameters = new MapSqlParameterSource("limit", limit)
                .addValue("from", from == null ? null : java.sql.Timestamp.from(from))
                .addValue("to", to == null ? null : java.sql.Timestamp.from(to));
        return jdbc.query(
                sql,
                parameters,
                (rs, n) -> new WaitingRow(
                        rs.getLong("id"),
                        rs.getLong("unit_id"),
                        rs.getString("unit_name"),
                        rs.getLong("period_id"),
                        rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("with_warnings") == 1));
    }

    /** The extension requests pending, the oldest first. */
    List<RequestRow> pendingRequests() {
        String sql = "select q.id, q.unit_id, coalesce(u.short_name, u.name) as unit_name, q.period_id,"
                + " q.requested_to, q.reason, q.requested_by, q.requested_at, e.extended_to"
                + " from extension_request q join unit u on u.id = q.unit_id"
                + " left join deadline_extension e on e.unit_id = q.unit_id and e.period_id = q.period_id"
                + " where q.state = 'PENDING' order by q.requested_at, q.id";
        return jdbc.query(
                sql,
                new MapSqlParameterSource(),
                (rs, n) -> new RequestRow(
                        rs.getLong("id"),
                        rs.getLong("unit_id"),
                        rs.getString("unit_name"),
                        rs.getLong("period_id"),
                        rs.getObject("requested_to", LocalDate.class),
                        rs.getString("reason"),
                        rs.getString("requested_by"),
                        rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("extended_to", LocalDate.class)));
    }

    /** The extensions still running on {@code today}, the soonest to end first. */
    List<ExtensionRow> extensionsInForce(LocalDate today) {
        String sql = "select e.unit_id, coalesce(u.short_name, u.name) as unit_name, e.extended_to, e.reason,"
                + " e.period_id, r.id as report_id, r.state"
                + " from deadline_extension e join unit u on u.id = e.unit_id"
                + " left join status_report r on r.unit_id = e.unit_id and r.period_id = e.period_id"
                + " where e.extended_to >= :today order by e.extended_to, u.sort_order";
        return jdbc.query(sql, new MapSqlParameterSource("today", today), (rs, n) -> {
            String state = rs.getString("state");
            return new ExtensionRow(
                    rs.getLong("unit_id"),
                    rs.getString("unit_name"),
                    rs.getLong("period_id"),
                    rs.getObject("extended_to", LocalDate.class),
                    rs.getString("reason"),
                    rs.getObject("report_id", Long.class),
                    state == null ? null : ReportState.valueOf(state));
        });
    }
}
