package vn.itplan.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The test database is migrated from empty. In the build each test JVM's database is a fresh copy of a template that
 * Flyway migrated from empty ({@link TestDatabase}), so Flyway only validates it; otherwise (one database, e.g. a
 * test run from an IDE) the first Spring context of a test JVM cleans it. Later contexts (other configurations) only
 * migrate, so they do not wipe each other's data.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseOnce {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true) && !TestDatabase.copiedFromTemplate()) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
