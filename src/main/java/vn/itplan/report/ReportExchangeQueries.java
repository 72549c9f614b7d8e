package vn.itplan.report;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.itplan.report.ReportExchange.ReportSummary;

/**
 * Reports listed for the API and the exports: one statement for a page, one for the count, whatever the filters.
 * The caller ({@link ReportExchange}) has already narrowed the filter to what the user may see.
 */
@RequiredArgsConstructor
@Repository
class ReportExchangeQueries {

    private static final String FROM = " from status_report r join unit u on u.id = r.unit_id"
            + " join reporting_period p on p.id = r.period_id where 1 = 1";

    private final NamedParameterJdbcTemplate jdbc;

    record Filter(Long periodId, Long unitId, String unitCode, ReportState state) {}

    List<ReportSummary> page(Filter filter, int offset, int limit) {
        MapSqlParameterSource params = params(filter).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(
                "select r.id, r.unit_id, u.code, u.name, r.period_id, r.state, r.version, r.updated_at,"
                        + " r.submitted_at, r.approved_at" + FROM + where(filter)
                        + " order by p.start_date desc, p.end_date, u.code, r.id limit :limit offset :offset",
                params,
                (rs, i) -> new ReportSummary(
                        rs.getLong("id"),
                        rs.getLong("unit_id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getLong("period_id"),
                        ReportState.valueOf(rs.getString("state")),
                        rs.getLong("version"),
                        instant(rs.getTimestamp("updated_at")),
                        instant(rs.getTimestamp("submitted_at")),
                        instant(rs.getTimestamp("approved_at"))));
    }

    long count(Filter filter) {
        Long count = jdbc.queryForObject("select count(*)" + FROM + where(filter), params(filter), Long.class);
        return count == null ? 0 : count;
    }

    private static String where(Filter filter) {
        StringBuilder sql = new StringBuilder();
        if (filter.periodId() != null) {
            sql.append(" and r.period_id = :period");
        }
        if (filter.unitId() != null) {
            sql.append(" and r.unit_id = :unit");
        }
        if (filter.unitCode() != null) {
            sql.append(" and u.code = :unitCode");
        }
        if (filter.state() != null) {
            sql.append(" and r.state = :state");
        }
        return sql.toString();
    }

    private static MapSqlParameterSource params(Filter filter) {
        return new MapSqlParameterSource()
                .addValue("period", filter.periodId())
                .addValue("unit", filter.unitId())
                .addValue("unitCode", filter.unitCode())
                .addValue(
                        "state", filter.state() == null ? null : filter.state().name());
    }

    private static java.time.Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
