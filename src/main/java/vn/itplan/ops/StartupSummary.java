package vn.itplan.ops;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One INFO line when the portal is ready, with what an operator checks first: version, profiles, ports, the
 * database it reached (URL without credentials, product version, schema version), session timeout, whether this
 * instance runs the scheduled jobs, the log format.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class StartupSummary {

    private final Environment environment;
    private final DataSource dataSource;

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String version = getClass().getPackage().getImplementationVersion();
        log.info(
                "ITPlan Portal {} ready: profiles {}, port {}, management port {}, database {} ({}), schema version {},"
                        + " session timeout {}, scheduled jobs {}, log format {}",
                version == null ? "(development)" : version,
                environment.getActiveProfiles().length == 0
                        ? "default"
                        : String.join(",", environment.getActiveProfiles()),
                environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")),
                environment.getProperty("local.management.port", "(same)"),
                environment.getProperty("spring.datasource.url", "?").replaceAll("(?i)password=[^&;]*", "password=***"),
                database(),
                schemaVersion(),
                environment.getProperty("server.servlet.session.timeout", "30m"),
                environment.getProperty("itplan.scheduling.enabled", "true").equals("true") ? "on" : "off",
                logFormat());
    }

    private String logFormat() {
        String format = environment.getProperty("logging.structured.format.console");
        return format == null || format.isBlank() ? "plain" : format;
    }

    private String database() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unreachable: " + e.getMessage();
        }
    }

    private String schemaVersion() {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select version from flyway_schema_history where success order by installed_rank desc limit 1")) {
            return rows.next() ? rows.getString(1) : "?";
        } catch (SQLException e) {
            return "?";
        }
    }
}
