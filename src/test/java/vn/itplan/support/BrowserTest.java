package vn.itplan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@link ServerTest} driven through Selenium: one headless Chromium per server and test JVM, reset before each test
 * and put into the class's {@link Browser} field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServerTest
@ExtendWith({ChromiumAvailableExtension.class, BrowserExtension.class})
public @interface BrowserTest {}
