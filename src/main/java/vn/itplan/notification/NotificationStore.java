package vn.itplan.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The notification tables in SQL: a notification a job sends once is inserted under its unique key with {@code on
 * conflict do nothing} (PostgreSQL, and H2 in PostgreSQL mode), so two instances or a retry never insert it twice.
 */
@RequiredArgsConstructor
@Repository
class NotificationStore {

    private final NamedParameterJdbcTemplate jdbc;

    /** One notification as the bell lists it. */
    record Row(long id, Notifier.About about, Instant createdAt, Instant readAt) {}

    private static final String ROW_COLUMNS =
            "select id, kind, report_id, period_id, unit_id, days_left, actor, comment, created_at, read_at";

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(
            rs.getLong("id"),
            new Notifier.About(
                    NotificationKind.valueOf(rs.getString("kind")),
                    (Long) rs.getObject("report_id", Long.class),
                    (Long) rs.getObject("period_id", Long.class),
                    (Long) rs.getObject("unit_id", Long.class),
                    (Integer) rs.getObject("days_left", Integer.class),
                    rs.getString("actor"),
                    rs.getString("comment")),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("read_at") == null
                    ? null
                    : rs.getTimestamp("read_at").toInstant());

    /** A message waiting in the outbox. */
    record Mail(long id, String recipient, String subject, String text, String html, int attempts) {}

    /** The new notification's id, or empty when one with the same {@code dedupKey} exists. */
    Optional<Long> insert(long userId, Notifier.About about, Instant now, String dedupKey) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        int rows = jdbc.update(
                "insert into notification (user_id, kind, report_id, period_id, unit_id, days_left, actor, comment,"
                        + " created_at, dedup_key) values (:user, :kind, :report, :period, :unit, :days, :actor,"
                        + " :comment, :now, :dedup) on conflict do nothing",
                new MapSqlParameterSource()
                        .addValue("user", userId)
                        .addValue("kind", about.kind().name())
                        .addValue("report", about.reportId())
                        .addValue("period", about.periodId())
                        .addValue("unit", about.unitId())
                        .addValue("days", about.daysLeft())
                        .addValue("actor", about.actor())
                        .addValue("comment", about.comment())
                        .addValue("now", Timestamp.from(now))
                        .addValue("dedup", dedupKey),
                keys,
                new String[] {"id"});
        return rows == 1 ? Optional.of(keys.getKey().longValue()) : Optional.empty();
    }

    int unreadCount(long userId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from notification where user_id = :user and read_at is null",
                Map.of("user", userId),
                Integer.class);
        return count == null ? 0 : count;
    }

    List<Row> latest(long userId, int limit) {
        return jdbc.query(
                ROW_COLUMNS + " from notification where user_id = :user order by created_at desc, id desc limit :limit",
                Map.of("user", userId, "limit", limit),
                ROW);
    }

    /** Marks the user's notification read; returns its report id (empty when it is not the user's). */
    Optional<Row> markRead(long id, long userId, Instant now) {
        jdbc.update(
                "update notification set read_at = :now where id = :id and user_id = :user and read_at is null",
                Map.of("id", id, "user", userId, "now", Timestamp.from(now)));
        return latestById(id, userId);
    }

    private Optional<Row> latestById(long id, long userId) {
        return jdbc
                .query(
                        ROW_COLUMNS + " from notification where id = :id and user_id = :user",
                        Map.of("id", id, "user", userId),
                        ROW)
                .stream()
                .findFirst();
    }

    int markAllRead(long userId, Instant now) {
        return jdbc.update(
                "update notification set read_at = :now where user_id = :user and read_at is null",
                Map.of("user", userId, "now", Timestamp.from(now)));
    }

    /** The user's e-mail choices; a kind without a row is on. */
    Map<NotificationKind, Boolean> emailChoices(long userId) {
        Map<NotificationKind, Boolean> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            choices.put(kind, true);
        }
        jdbc.query(
                "select kind, email from notification_preference where user_id = :user", Map.of("user", userId), rs -> {
                    choices.put(NotificationKind.valueOf(rs.getString("kind")), rs.getBoolean("email"));
                });
        return choices;
    }

    void setEmailChoice(long userId, NotificationKind kind, boolean email) {
        int updated = jdbc.update(
                "update notification_preference set email = :email where user_id = :user and kind = :kind",
                Map.of("user", userId, "kind", kind.name(), "email", email));
        if (updated == 0) {
            jdbc.update(
                    "insert into notification_preference (user_id, kind, email) values (:user, :kind, :email)"
                            + " on conflict do nothing",
                    Map.of("user", userId, "kind", kind.name(), "email", email));
        }
    }

    void queueMail(long notificationId, String recipient, String subject, String text, String html, Instant now) {
        jdbc.update(
                "insert into notification_outbox (notification_id, recipient, subject, body_text, body_html, state,"
                        + " next_attempt_at) values (:n, :to, :subject, :text, :html, 'PENDING', :now)",
                new MapSqlParameterSource()
                        .addValue("n", notificationId)
                        .addValue("to", recipient)
                        .addValue("subject", subject)
                        .addValue("text", text)
                        .addValue("html", html)
                        .addValue("now", Timestamp.from(now)));
    }

    List<Mail> dueMail(Instant now, int limit) {
        return jdbc.query(
                "select id, recipient, subject, body_text, body_html, attempts from notification_outbox"
                        + " where state = 'PENDING' and next_attempt_at <= :now order by id limit :limit",
                Map.of("now", Timestamp.from(now), "limit", limit),
                (rs, i) -> new Mail(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body_text"),
                        rs.getString("body_html"),
                        rs.getInt("attempts")));
    }

    void markSent(long id, Instant now) {
        jdbc.update(
                "update notification_outbox set state = 'SENT', attempts = attempts + 1, sent_at = :now,"
                        + " last_error = null where id = :id",
                Map.of("id", id, "now", Timestamp.from(now)));
    }

    void markAttemptFailed(long id, boolean last, Instant nextAttempt, String error) {
        jdbc.update(
                "update notification_outbox set state = :state, attempts = attempts + 1, next_attempt_at = :next,"
                        + " last_error = :error where id = :id",
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("state", last ? "FAILED" : "PENDING")
                        .addValue("next", Timestamp.from(nextAttempt))
                        .addValue("error", error == null ? null : error.substring(0, Math.min(500, error.length()))));
    }

    /** How many messages are in each delivery state: what the notifications page shows staff. */
    Map<String, Integer> outboxCounts() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        jdbc.query("select state, count(*) as n from notification_outbox group by state", rs -> {
            counts.put(rs.getString("state"), rs.getInt("n"));
        });
        return counts;
    }
}
