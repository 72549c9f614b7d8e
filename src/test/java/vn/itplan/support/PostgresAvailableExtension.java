package vn.itplan.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Fails a test class early, with instructions, when the test PostgreSQL is not reachable. */
public class PostgresAvailableExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestDatabase.requireReachable();
    }
}
