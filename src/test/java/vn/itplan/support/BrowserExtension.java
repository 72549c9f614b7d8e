package vn.itplan.support;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One Chromium per test class: started before the class's first test (on the port of the class's server), reset
 * before every test, closed after the last one. Each test instance gets it in its fields of type {@link Browser}.
 */
public class BrowserExtension implements BeforeEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        Browser browser =
                classContext.getStore(NAMESPACE).computeIfAbsent(Browser.class, type -> start(context), Browser.class);
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

    @Override
    public void afterAll(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    private static Browser start(ExtensionContext context) {
        Integer port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new IllegalStateException("@BrowserTest needs the server on a port (webEnvironment RANDOM_PORT)");
        }
        return new Browser(port);
    }
}
