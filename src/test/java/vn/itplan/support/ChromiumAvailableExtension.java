package vn.itplan.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need Debian's Chromium and ChromeDriver. Without them the tests are skipped with a
 * message, except under CI (environment variable CI set), where a missing browser is a failure.
 */
public class ChromiumAvailableExtension implements BeforeAllCallback {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

    @Override
    public void beforeAll(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + ": install them with 'apt-get install -y chromium chromium-driver' (bash .ci/run does).";
        if (System.getenv("CI") != null) {
            throw new IllegalStateException(message + " CI is set, so a missing browser fails the build.");
        }
        Assumptions.abort(message + " Skipping " + context.getDisplayName() + ".");
    }
}
