package vn.itplan.plan;

import java.sql.Timestamp;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table {@code plan_snapshot}: bytes and text written once, read whole. */
@RequiredArgsConstructor
@Repository
class PlanSnapshotRepository {

    private final NamedParameterJdbcTemplate jdbc;

    Optional<PlanSnapshot> find(Long planId) {
        return jdbc
                .query(
                        "select plan_id, taken_at, docx, xlsx, figures_html from plan_snapshot where plan_id = :id",
                        new MapSqlParameterSource("id", planId),
                        (rs, i) -> new PlanSnapshot(
                                rs.getLong("plan_id"),
                                rs.getTimestamp("taken_at").toInstant(),
                                rs.getBytes("docx"),
                                rs.getBytes("xlsx"),
                                rs.getString("figures_html")))
                .stream()
                .findFirst();
    }

    /** Issued plans without a snapshot (issued before snapshots existed, or written straight into the database). */
    java.util.List<Long> issuedWithout() {
        return jdbc.queryForList(
                "select id from plan where status = 'ISSUED'"
                        + " and not exists (select 1 from plan_snapshot s where s.plan_id = plan.id) order by id",
                new MapSqlParameterSource(),
                Long.class);
    }

    boolean exists(Long planId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from plan_snapshot where plan_id = :id",
                new MapSqlParameterSource("id", planId),
                Integer.class);
        return n != null && n > 0;
    }

    void insert(PlanSnapshot snapshot) {
        jdbc.update(
                "insert into plan_snapshot (plan_id, taken_at, docx, xlsx, figures_html)"
                        + " values (:id, :at, :docx, :xlsx, :html)",
                new MapSqlParameterSource("id", snapshot.planId())
                        .addValue("at", Timestamp.from(snapshot.takenAt()))
                        .addValue("docx", snapshot.docx())
                        .addValue("xlsx", snapshot.xlsx())
                        .addValue("html", snapshot.figuresHtml()));
    }
}
