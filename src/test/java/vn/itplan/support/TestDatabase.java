package vn.itplan.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the test database is, and a clear message when it is not there.
 *
 * <p>The build runs the tests in two JVMs at once (Surefire's and Failsafe's {@code forkCount}); each gets a database
 * of its own, the configured one's name plus the suffix the build passes in the system property
 * {@code itplan.test.db-suffix} ({@code _f1}, {@code _f2}), created here when it is missing.
 * {@code application-test.properties} builds the same URL for Spring.
 */
public final class TestDatabase {

    public static final String USERNAME = env("TEST_DB_USERNAME", "postgres");
    public static final String PASSWORD = env("TEST_DB_PASSWORD", "");
    private static final String CONFIGURED_URL = env("TEST_DB_URL", "jdbc:postgresql://localhost:5432/itplan_test");
    public static final String URL = CONFIGURED_URL + System.getProperty("itplan.test.db-suffix", "");

    private static volatile String unreachableReason;
    private static volatile boolean checked;

    private TestDatabase() {}

    /** Throws with instructions when PostgreSQL cannot be reached; checks once per JVM. */
    public static void requireReachable() {
        if (!checked) {
            synchronized (TestDatabase.class) {
                if (!checked) {
                    unreachableReason = probe();
                    checked = true;
                }
            }
        }
        if (unreachableReason != null) {
            throw new IllegalStateException(unreachableReason);
        }
    }

    /** The JDBC URL of another database on the test database's server. */
    public static String urlOf(String database) {
        return URL.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    /** The database name in a JDBC URL. */
    public static String nameOf(String url) {
        return url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
    }

    /** Drops the database (of a previous run) and creates it empty; returns its URL. */
    public static String recreate(String database) {
        execute("drop database if exists " + checkedName(database) + " with (force)");
        execute("create database " + database);
        return urlOf(database);
    }

    public static void drop(String database) {
        execute("drop database if exists " + checkedName(database) + " with (force)");
    }

    private static String probe() {
        if (!URL.equals(CONFIGURED_URL)) {
            try {
                createIfMissing(nameOf(URL));
            } catch (SQLException e) {
                return instructions(CONFIGURED_URL, e);
            }
        }
        try (Connection ignored = DriverManager.getConnection(URL, USERNAME, PASSWORD)) {
            return null;
        } catch (SQLException e) {
            return instructions(URL, e);
        }
    }

    /** A fork's database is made on the server of the configured one, from its maintenance database. */
    private static void createIfMissing(String database) throws SQLException {
        try (Connection connection = maintenanceConnection();
                Statement statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + checkedName(database) + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("create database " + database);
            }
        }
    }

    /** Databases are created and dropped from the server's maintenance database, which always exists. */
    private static Connection maintenanceConnection() throws SQLException {
        return DriverManager.getConnection(
                CONFIGURED_URL.replaceFirst("/[^/?]+(\\?|$)", "/postgres$1"), USERNAME, PASSWORD);
    }

    private static void execute(String sql) {
        try (Connection connection = maintenanceConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run on the test server: " + sql, e);
        }
    }

    private static String checkedName(String database) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalStateException("unexpected database name: " + database);
        }
        return database;
    }

    private static String instructions(String url, SQLException e) {
        return """

                The tests need PostgreSQL and could not connect to %s as user '%s': %s
                Start it and create the test database, then run the tests again:
                  - on a machine with PostgreSQL installed: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
                    and: psql -h 127.0.0.1 -U postgres -c 'create database itplan_test'
                  - or with Docker: docker compose up -d db   (it creates itplan_test)
                  - or point TEST_DB_URL, TEST_DB_USERNAME, TEST_DB_PASSWORD at another PostgreSQL.
                (bash .ci/run does all of this for you.)
                """.formatted(url, USERNAME, e.getMessage());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
