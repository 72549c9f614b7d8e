package vn.itplan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the test PostgreSQL, with the demo data, and a MockMvc.
 * Tests share the database: create what you change with names of your own.
 *
 * <p>Every such class shares one Spring context (started once per test JVM, seconds each): the {@link StatementCounter}
 * is in it for all, so the classes that count statements need no context of their own. A test that adds
 * {@code @MockitoBean}, {@code @TestPropertySource} or another {@code @Import} gets a context of its own: do that
 * only when the test cannot work otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailableExtension.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({CleanDatabaseOnce.class, StatementCounter.class})
public @interface PostgresTest {}
