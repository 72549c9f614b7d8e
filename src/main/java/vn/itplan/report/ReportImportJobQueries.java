package vn.itplan.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.itplan.report.ReportImportJobs.Job;
import vn.itplan.report.ReportImportJobs.Status;
import vn.itplan.report.ReportImports.Preview;
import vn.itplan.report.ReportImports.Row;
import vn.itplan.report.ReportImports.RowProblem;

/**
 * The table {@code report_import_job}: the jobs of {@link ReportImportJobs}, shared by every instance. The rows
 * read, the file's problems and the preview are stored as JSON (a mapper of this class's own, so that the stored
 * form does not follow the web's JSON settings).
 */
@RequiredArgsConstructor
@Repository
class ReportImportJobQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VIEW = "select id, owner, staff, period_id, filename, status, done, total,"
            + " problems_json, preview_json, updated_at from report_import_job";

    private final NamedParameterJdbcTemplate jdbc;

    void insert(String id, String owner, boolean staff, Long periodId, String filename, Instant now, Instant expires) {
        jdbc.update(
                "insert into report_import_job (id, owner, staff, period_id, filename, status, done, total,"
                        + " created_at, updated_at, expires_at) values (:id, :owner, :staff, :period, :filename,"
                        + " :status, 0, 0, :now, :now, :expires)",
                new MapSqlParameterSource("id", id)
                        .addValue("owner", owner)
                        .addValue("staff", staff)
                        .addValue("period", periodId)
                        .addValue("filename", filename)
                        .addValue("status", Status.READING.name())
                        .addValue("now", Timestamp.from(now))
                        .addValue("expires", Timestamp.from(expires)));
    }

    /** The rows are read and being checked: how many there are. */
    void checking(String id, List<Row> rows, Instant now) {
        jdbc.update(
                "update report_import_job set status = :status, total = :total, rows_json = :rows, updated_at = :now"
                        + " where id = :id",
                new MapSqlParameterSource("id", id)
                        .addValue("status", Status.CHECKING.name())
                        .addValue("total", rows.size())
                        .addValue("rows", JSON.writeValueAsString(rows))
                        .addValue("now", Timestamp.from(now)));
    }

    void progress(String id, int done, Instant now) {
        jdbc.update(
                "update report_import_job set done = :done, updated_at = :now where id = :id",
                new MapSqlParameterSource("id", id).addValue("done", done).addValue("now", Timestamp.from(now)));
    }

    /** The check has ended: its file problems and (when the rows were checked) its preview. */
    void finish(String id, Status status, List<RowProblem> fileProblems, Preview preview, Instant now) {
        jdbc.update(
                "update report_import_job set status = :status, done = total, problems_json = :problems,"
                        + " preview_json = :preview, updated_at = :now where id = :id",
                new MapSqlParameterSource("id", id)
                        .addValue("status", status.name())
                        .addValue("problems", JSON.writeValueAsString(fileProblems))
                        .addValue("preview", preview == null ? null : JSON.writeValueAsString(preview))
                        .addValue("now", Timestamp.from(now)));
    }

    /** The job, if it is the user's own or (a staff import) the user is staff, and it has not expired. */
    Optional<Job> find(String id, String username, boolean staff, Instant now) {
        return jdbc
                .query(
                        VIEW + " where id = :id and expires_at > :now and (owner = :owner or (staff and :staff))",
                        new MapSqlParameterSource("id", id)
                                .addValue("owner", username)
                                .addValue("staff", staff)
                                .addValue("now", Timestamp.from(now)),
                        ReportImportJobQueries::job)
                .stream()
                .findFirst();
    }

    List<Row> rows(String id) {
        String json = jdbc.queryForObject(
                "select rows_json from report_import_job where id = :id",
                new MapSqlParameterSource("id", id),
                String.class);
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<Row>>() {});
    }

    /** Takes the job for its confirmation: true for the one caller that deletes it. */
    boolean claim(String id) {
        return jdbc.update("delete from report_import_job where id = :id", new MapSqlParameterSource("id", id)) == 1;
    }

    int purge(Instant now) {
        return jdbc.update(
                "delete from report_import_job where expires_at <= :now",
                new MapSqlParameterSource("now", Timestamp.from(now)));
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        String problems = rs.getString("problems_json");
        String preview = rs.getString("preview_json");
        return new Job(
                rs.getString("id"),
                rs.getString("owner"),
                rs.getBoolean("staff"),
                rs.getLong("period_id"),
                rs.getString("filename"),
                Status.valueOf(rs.getString("status")),
                rs.getInt("done"),
                rs.getInt("total"),
                problems == null ? List.of() : JSON.readValue(problems, new TypeReference<List<RowProblem>>() {}),
                preview == null ? null : JSON.readValue(preview, Preview.class),
                rs.getTimestamp("updated_at").toInstant());
    }
}
