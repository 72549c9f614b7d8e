package vn.itplan.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The sign-in log ({@code sign_in_attempt}) and the locks ({@code sign_in_lock}): the throttle's state. */
@RequiredArgsConstructor
@Repository
class SignInLogRepository {

    enum Outcome {
        SUCCEEDED,
        FAILED,
        REFUSED
    }

    enum LockKind {
        USERNAME,
        ADDRESS
    }

    private final NamedParameterJdbcTemplate jdbc;

    void record(Instant at, String username, String address, String browser, Outcome outcome) {
        jdbc.update(
                "insert into sign_in_attempt (attempted_at, username, address, browser, outcome)"
                        + " values (:at, :username, :address, :browser, :outcome)",
                new MapSqlParameterSource()
                        .addValue("at", Timestamp.from(at))
                        .addValue("username", username)
                        .addValue("address", address)
                        .addValue("browser", browser)
                        .addValue("outcome", outcome.name()));
    }

    /** Failed attempts (not refused ones) for the user name after {@code since}. */
    int failuresOfUsernameSince(String username, Instant since) {
        return failuresSince("username", username, since);
    }

    /** Failed attempts (not refused ones) from the address after {@code since}, whatever the user names. */
    int failuresFromAddressSince(String address, Instant since) {
        return failuresSince("address", address, since);
    }

    /** {@code column}: "username" or "address", a name of this class, never input. */
    private int failuresSince(String column, String value, Instant since) {
        Integer count = jdbc.queryForObject(
                "select count(*) from sign_in_attempt" + " where " + column
                        + " = :value and outcome = 'FAILED' and attempted_at > :since",
                new MapSqlParameterSource("value", value).addValue("since", Timestamp.from(since)),
                Integer.class);
        return count == null ? 0 : count;
    }

    Optional<Instant> lastSuccess(String username) {
        return instant(
                "select max(attempted_at) from sign_in_attempt where username = :username and outcome = 'SUCCEEDED'",
                new MapSqlParameterSource("username", username));
    }

    /** The end of the lock on the key that holds at {@code now}, if any (the latest end when several). */
    Optional<Instant> lockedUntil(LockKind kind, String key, Instant now) {
        return instant(
                "select max(locked_until) from sign_in_lock"
                        + " where kind = :kind and lock_key = :key and locked_at <= :now and locked_until > :now",
                lockParameters(kind, key, now));
    }

    /** The end of the latest lock on the key that is over at {@code now}: failures before it are forgiven. */
    Optional<Instant> lastLockEnd(LockKind kind, String key, Instant now) {
        return instant(
                "select max(locked_until) from sign_in_lock"
                        + " where kind = :kind and lock_key = :key and locked_until <= :now",
                lockParameters(kind, key, now));
    }

    void lock(LockKind kind, String key, Instant from, Instant until) {
        jdbc.update(
                "insert into sign_in_lock (kind, lock_key, locked_at, locked_until)"
                        + " values (:kind, :key, :from, :until)",
                new MapSqlParameterSource()
                        .addValue("kind", kind.name())
                        .addValue("key", key)
                        .addValue("from", Timestamp.from(from))
                        .addValue("until", Timestamp.from(until)));
    }

    /** Keeps the log bounded: attempts and locks that ended before {@code cutoff} go. */
    void deleteBefore(Instant cutoff) {
        MapSqlParameterSource cut = new MapSqlParameterSource("cutoff", Timestamp.from(cutoff));
        jdbc.update("delete from sign_in_attempt where attempted_at < :cutoff", cut);
        jdbc.update("delete from sign_in_lock where locked_until < :cutoff", cut);
    }

    List<UserSessions.SignIn> recent(String username, int limit) {
        return jdbc.query(
                "select attempted_at, address, browser, outcome from sign_in_attempt where username = :username"
                        + " order by attempted_at desc, id desc limit :limit",
                new MapSqlParameterSource("username", username).addValue("limit", limit),
                (rs, row) -> new UserSessions.SignIn(
                        rs.getTimestamp("attempted_at").toInstant(),
                        rs.getString("address"),
                        rs.getString("browser"),
                        Outcome.SUCCEEDED.name().equals(rs.getString("outcome"))));
    }

    private static MapSqlParameterSource lockParameters(LockKind kind, String key, Instant now) {
        return new MapSqlParameterSource("kind", kind.name())
                .addValue("key", key)
                .addValue("now", Timestamp.from(now));
    }

    private Optional<Instant> instant(String sql, MapSqlParameterSource parameters) {
        Timestamp value = jdbc.queryForObject(sql, parameters, Timestamp.class);
        return Optional.ofNullable(value).map(Timestamp::toInstant);
    }
}
