package vn.itplan.support;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One Chromium per server for the whole test JVM (the browser classes of a JVM share one server, so one browser):
 * started before the first test that needs it, reset before every test, closed when the JVM's tests are done.
 * Starting Chromium and loading the layout's scripts and styles afresh for each class cost seconds each time.
 * Each test instance gets it in its fields of type {@link Browser}.
 */
public class BrowserExtension implements BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        int port = port(context);
        // the root context's store closes what it holds (Browser is AutoCloseable) when the JVM's tests are done
        Browser browser = context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent("browser-" + port, key -> new Browser(port), Browser.class);
        browser.reset();
        for (Class<?> type = context.getRequiredTestClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == Browser.class) {
                    field.setAccessible(true);
                    field.set(context.getRequiredTestInstance(), browser);
                }
            }
        }
    }

    private static int port(ExtensionContext context) {
        Integer port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new IllegalStateException("@BrowserTest needs the server on a port (webEnvironment RANDOM_PORT)");
        }
        return port;
    }
}
