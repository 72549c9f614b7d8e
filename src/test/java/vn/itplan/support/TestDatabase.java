package vn.itplan.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the test database is, and a clear message when it is not there.
 *
 * <p>The build runs the tests in two JVMs at once (Surefire's and Failsafe's {@code forkCount}); each gets a database
 * of its own, the configured one's name plus the suffix the build passes in the system property
 * {@code itplan.test.db-suffix} ({@code _f1}, {@code _f2}). {@code application-test.properties} builds the same URL
 * for Spring.
 *
 * <p>A fork's database is made afresh at the start of each test JVM as a copy ({@code create database … template})
 * of a migrated template, the configured name plus {@code _tpl_test}: Flyway then only validates, instead of running
 * every migration in every JVM. A template is built by Flyway from an empty database (the migrations of the profile's
 * {@code spring.flyway.locations}) whenever those migrations differ from the ones it was built from (a digest of their
 * names and contents, kept as the template's comment), so a new or changed migration still runs from empty before any
 * test sees it.
 */
public final class TestDatabase {

    public static final String USERNAME = env("TEST_DB_USERNAME", "postgres");
    public static final String PASSWORD = env("TEST_DB_PASSWORD", "");
    private static final String CONFIGURED_URL = env("TEST_DB_URL", "jdbc:postgresql://localhost:5432/itplan_test");
    public static final String URL = CONFIGURED_URL + System.getProperty("itplan.test.db-suffix", "");

    private static volatile String unreachableReason;
    private static volatile boolean checked;
    private static volatile boolean copiedFromTemplate;

    private TestDatabase() {}

    /**
     * Throws with instructions when PostgreSQL cannot be reached; checks once per JVM (and makes a fork's database
     * then, from the template).
     */
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

    /**
     * Whether this JVM's database is a fresh copy of the migrated template (then nothing needs cleaning: see
     * {@link CleanDatabaseOnce}).
     */
    public static boolean copiedFromTemplate() {
        return copiedFromTemplate;
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

    /**
     * Drops the database (of a previous run) and creates it as a copy of a template migrated as {@code profile}
     * migrates ({@code test}: with the demo data; {@code postgres}: production's migrations, no data); returns its
     * URL.
     */
    public static String recreateMigrated(String database, String profile) {
        try (Connection connection = maintenanceConnection()) {
            copyOfTemplate(connection, database, profile);
        } catch (SQLException e) {
            throw new IllegalStateException("could not make " + database + " from the template", e);
        }
        return urlOf(database);
    }

    public static void drop(String database) {
        execute("drop database if exists " + checkedName(database) + " with (force)");
    }

    private static String probe() {
        if (!URL.equals(CONFIGURED_URL)) {
            try (Connection connection = maintenanceConnection()) {
                copyOfTemplate(connection, nameOf(URL), "test");
                copiedFromTemplate = true;
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

    /**
     * Makes {@code database} afresh as a copy of the profile's template, first (re)building the template when the
     * migrations changed. Under an advisory lock, so that two test JVMs starting together build it once and never
     * copy it while the other is connected to it (PostgreSQL copies only a database nobody is connected to).
     */
    private static void copyOfTemplate(Connection connection, String database, String profile) throws SQLException {
        String template = checkedName(nameOf(CONFIGURED_URL) + "_tpl_" + profile);
        String[] locations = locations(profile);
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_lock(hashtext('" + template + "'))");
            try {
                String digest = migrationsDigest(locations);
                if (!digest.equals(commentOf(connection, template))) {
                    statement.execute("drop database if exists " + template + " with (force)");
                    statement.execute("create database " + template);
                    migrate(urlOf(template), locations);
                    statement.execute("comment on database " + template + " is '" + digest + "'");
                }
                statement.execute("drop database if exists " + checkedName(database) + " with (force)");
                statement.execute("create database " + database + " template " + template);
            } finally {
                statement.execute("select pg_advisory_unlock(hashtext('" + template + "'))");
            }
        }
    }

    private static String commentOf(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select shobj_description(oid, 'pg_database') from pg_database where datname = ?")) {
            query.setString(1, database);
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Flyway as the application runs it: the profile's locations, PostgreSQL's vendor folder. */
    private static void migrate(String url, String[] locations) {
        Flyway.configure()
                .dataSource(url, USERNAME, PASSWORD)
                .locations(locations)
                .load()
                .migrate();
    }

    /** spring.flyway.locations of the profile's properties (application-test, application-postgres), for PostgreSQL. */
    private static String[] locations(String profile) {
        Properties properties = new Properties();
        try (InputStream in =
                TestDatabase.class.getResourceAsStream("/application-" + checkedName(profile) + ".properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.stream(properties.getProperty("spring.flyway.locations").split(","))
                .map(location -> location.strip().replace("{vendor}", "postgresql"))
                .toArray(String[]::new);
    }

    /** A digest of every migration's location, name and content. */
    private static String migrationsDigest(String[] locations) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String location : locations) {
                String folder = location.replaceFirst("^classpath:", "");
                List<Resource> scripts = Arrays.stream(resolver.getResources("classpath*:" + folder + "/**/*.sql"))
                        .sorted(Comparator.comparing(Resource::getFilename))
                        .toList();
                for (Resource script : scripts) {
                    digest.update((folder + "/" + script.getFilename() + "\n").getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = script.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
