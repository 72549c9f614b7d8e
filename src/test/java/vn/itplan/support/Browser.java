package vn.itplan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's ChromeDriver; Selenium Manager never runs, so nothing is
 * downloaded. One instance serves every browser test of a test JVM on the same server ({@link BrowserTest} starts it
 * once and {@link #reset()}s it before each test).
 *
 * <p>Rules for tests: every click that loads a page goes through {@link #clickAndWaitForNewPage} (or
 * {@link #confirmAndWaitForNewPage} when the page asks for confirmation), so what the test reads next is the new
 * page, never the old one; everything else waits with {@link #waitFor} / {@link #waitUntil}, which poll every 50 ms.
 */
public final class Browser implements AutoCloseable {

    /** How often waits look again: a page of this application renders in a few milliseconds. */
    public static final Duration POLL = Duration.ofMillis(50);

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Dimension WINDOW = new Dimension(1280, 900);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profileDir;

    public Browser(int port) {
        this.baseUrl = "http://localhost:" + port;
        try {
            this.profileDir = Files.createTempDirectory("itplan-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumAvailableExtension.CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=" + WINDOW.width + "," + WINDOW.height,
                "--lang=vi",
                "--user-data-dir=" + profileDir);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumAvailableExtension.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /**
     * Forgets what the previous test did: signed out (all cookies gone, the language choice included), the
     * console read, the window at its usual size, a blank page.
     */
    public void reset() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.manage().window().setSize(WINDOW);
        driver.manage().logs().get(LogType.BROWSER);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Signs in through the login form and returns once the page after it has loaded. */
    public void login(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndWaitForNewPage(driver.findElement(By.id("login-submit")));
    }

    public void type(By field, String text) {
        WebElement element = waitFor(field);
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Scrolls the element to the middle of the window at once (Bootstrap makes scrolling smooth, and a click during
     * the animation misses) and clicks it. Headless Chromium sometimes reports an element as covered (by the sticky
     * footer or a late layout shift) although a user could click it; then the click is sent through JavaScript.
     * For a click that stays on the page (a menu, a tab, a toggle).
     */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException e) {
            script("arguments[0].click();", element);
        }
    }

    /** Waits until the element is visible and clicks it (a click that stays on the page). */
    public void click(By locator) {
        click(waitFor(locator));
    }

    /**
     * Clicks something that loads a new page (a link, a submit button) and waits until the old page is gone, so
     * that what the test reads next is the new page and never the old one.
     */
    public void clickAndWaitForNewPage(WebElement element) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        click(element);
        waitUntil(d -> isGone(oldPage));
    }

    /** Waits until the element is visible, then {@link #clickAndWaitForNewPage(WebElement)}. */
    public void clickAndWaitForNewPage(By locator) {
        clickAndWaitForNewPage(waitFor(locator));
    }

    /**
     * Clicks a button that asks for confirmation first ({@code data-confirm}), accepts the dialog and waits for the
     * page the action loads. Returns the dialog's text.
     */
    public String confirmAndWaitForNewPage(WebElement element) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        click(element);
        var alert = waitUntil(ExpectedConditions.alertIsPresent());
        String text = alert.getText();
        alert.accept();
        waitUntil(d -> isGone(oldPage));
        return text;
    }

    /**
     * Whether an element's page has been replaced. ChromeDriver says so with a stale-element error or, while the
     * new document is being attached, with "Node with given id does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.getTagName();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Waits until the element is visible; errors ChromeDriver gives while a page is being replaced are retried. */
    public WebElement waitFor(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Polls the condition every 50 ms until it gives a value other than null or false (15 s at most); errors
     * ChromeDriver gives while a page is being replaced (stale elements) are retried.
     */
    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT, POLL)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class)
                .until(condition);
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Browser console messages at SEVERE level since the last call. */
    public List<LogEntry> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var paths = Files.walk(profileDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
