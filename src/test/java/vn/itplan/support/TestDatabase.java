package vn.itplan.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where the test database is, and a clear message when it is not there. */
public final class TestDatabase {

    public static final String URL = env("TEST_DB_URL", "jdbc:postgresql://localhost:5432/itplan_test");
    public static final String USERNAME = env("TEST_DB_USERNAME", "postgres");
    public static final String PASSWORD = env("TEST_DB_PASSWORD", "");

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

    private static String probe() {
        try (Connection ignored = DriverManager.getConnection(URL, USERNAME, PASSWORD)) {
            return null;
        } catch (SQLException e) {
            return """

                    The tests need PostgreSQL and could not connect to %s as user '%s': %s
                    Start it and create the test database, then run the tests again:
                      - on a machine with PostgreSQL installed: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
                        and: psql -h 127.0.0.1 -U postgres -c 'create database itplan_test'
                      - or with Docker: docker compose up -d db   (it creates itplan_test)
                      - or point TEST_DB_URL, TEST_DB_USERNAME, TEST_DB_PASSWORD at another PostgreSQL.
                    (bash .ci/run does all of this for you.)
                    """.formatted(URL, USERNAME, e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
