package vn.itplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.itplan.support.Browser;
import vn.itplan.support.BrowserExtension;
import vn.itplan.support.ChromiumAvailableExtension;
import vn.itplan.support.PortalHttpClient;
import vn.itplan.support.PostgresAvailableExtension;
import vn.itplan.support.TestDatabase;

/**
 * README's "Putting it into service", walked in the browser on an EMPTY PostgreSQL database (profile {@code postgres},
 * no demo data; the database is the test database's name + {@code _empty}, dropped at start and made again as a copy
 * of the template Flyway migrated from empty with that profile's migrations, see {@link TestDatabase}): the
 * first administrator comes from {@code itplan.initial-admin.*}, signs in, imports the unit tree and five unit
 * administrators, takes the one-time passwords, creates the year's period; a unit administrator signs in, must change
 * the password before anything else, sees only their unit and saves a first draft report. Then five wrong passwords
 * lock an account with the honest message, and disabling a signed-in user ends their session at once.
 *
 * <p>The steps build on each other (one province's first day), so the methods run in order.
 */
@ExtendWith({PostgresAvailableExtension.class, ChromiumAvailableExtension.class})
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "itplan.initial-admin.username=" + OnboardingSeleniumIT.ADMIN,
            "itplan.initial-admin.password=" + OnboardingSeleniumIT.ADMIN_PASSWORD,
            "itplan.scheduling.enabled=false"
        })
@ActiveProfiles("postgres")
@ExtendWith(BrowserExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingSeleniumIT {

    static final String ADMIN = "quantri";
    static final String ADMIN_PASSWORD = "Ngoc-Linh-Sam-Quy-2016";
    static final String NEW_PASSWORD = "Dak-Bla-Chay-Qua-Kon-Tum";
    static final String EMPTY_DATABASE = TestDatabase.nameOf(TestDatabase.URL) + "_empty";

    /** The one-time passwords the first administrator handed out, by user name (the steps share them). */
    static final Map<String, String> ONE_TIME = new LinkedHashMap<>();

    static Long periodId;

    Browser browser;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        String url = TestDatabase.recreateMigrated(EMPTY_DATABASE, "postgres");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> TestDatabase.USERNAME);
        registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
    }

    @Test
    @Order(1)
    void theFirstAdministratorImportsTheUnitsAndTheUnitAdministratorsAndCreatesThePeriod() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from unit", Integer.class))
                .as("an empty database: no demo data")
                .isZero();
        assertThat(jdbc.queryForList("select username from app_user", String.class))
                .containsExactly(ADMIN);

        browser.login(ADMIN, ADMIN_PASSWORD);
        assertThat(browser.path()).doesNotStartWith("/login");

        // step 2: the unit tree
        browser.open("/units/import");
        browser.waitFor(By.id("file")).sendKeys(fixture("units.csv"));
        browser.clickAndWaitForNewPage(By.id("unit-import-preview"));
        assertThat(browser.driver().findElements(By.cssSelector("#unit-import-table tbody tr")))
                .hasSize(6);
        browser.clickAndWaitForNewPage(By.id("unit-import-submit"));
        assertThat(browser.waitFor(By.id("flash")).getText()).contains("Đã nhập các đơn vị");
        assertThat(jdbc.queryForList("select code from unit order by code", String.class))
                .containsExactly("DAKHA", "DAKTO", "KONTUM", "SNV", "STC", "STTTT");

        // step 3: five unit administrators, previewed, confirmed, their one-time passwords downloaded once
        browser.open("/admin/users/import");
        browser.waitFor(By.id("file")).sendKeys(fixture("unit-admins.csv"));
        browser.clickAndWaitForNewPage(By.id("preview-import"));
        assertThat(browser.waitFor(By.id("import-ready")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector("#import-rows tbody tr")))
                .hasSize(5);
        browser.clickAndWaitForNewPage(By.id("confirm-import"));
        assertThat(browser.path()).startsWith("/admin/users/import/done");
        WebElement download = browser.waitFor(By.id("download-passwords"));
        String csv = downloadWithTheBrowsersSession(download);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(6);
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = List.of(line.split(","));
            ONE_TIME.put(cells.get(0), cells.get(cells.size() - 1));
        }
        assertThat(ONE_TIME).containsOnlyKeys("qt-stttt", "qt-stc", "qt-snv", "qt-dakha", "qt-dakto");
        assertThat(ONE_TIME.values()).allMatch(p -> p.length() == 19);
        browser.open("/admin/users/import/done");
        assertThat(browser.waitFor(By.id("passwords-gone")).isDisplayed())
                .as("the passwords are handed out once")
                .isTrue();

        // step 4: the year's period; a new period is open for reports
        int year = LocalDate.now().getYear();
        browser.open("/periods");
        browser.type(By.id("year"), String.valueOf(year));
        new Select(browser.waitFor(By.id("kind"))).selectByValue("ANNUAL");
        browser.type(By.id("seq"), "1");
        browser.type(By.id("startDate"), "01/01/" + year);
        browser.type(By.id("endDate"), "31/12/" + year);
        browser.type(By.id("dueDate"), "15/01/" + (year + 1));
        // the further levels' due dates follow the units' one (the form offers the decree's, for a due date in
        // December)
        browser.type(By.id("dueDateProvince"), "20/01/" + (year + 1));
        browser.type(By.id("dueDateMinistry"), "27/01/" + (year + 1));
        browser.clickAndWaitForNewPage(
                browser.driver().findElement(By.cssSelector("#period-form button[type=submit]")));
        assertThat(browser.waitFor(By.id("flash")).isDisplayed()).isTrue();
        periodId = jdbc.queryForObject(
                "select id from reporting_period where period_year = ? and kind = 'ANNUAL' and seq = 1",
                Long.class,
                year);
        assertThat(jdbc.queryForObject("select p.open from reporting_period p where p.id = ?", Boolean.class, periodId))
                .isTrue();

        // step 5: all of it in the audit trail
        assertThat(jdbc.queryForList("select distinct action from audit_event", String.class))
                .contains("UNITS_IMPORTED", "USERS_IMPORTED", "USER_CREATED", "PERIOD_CREATED", "SIGN_IN_SUCCEEDED");
        browser.open("/admin/audit");
        String trail = browser.waitFor(By.id("audit-table")).getText();
        assertThat(trail)
                .contains("qt-dakha")
                .contains(String.valueOf(year))
                .doesNotContain("§")
                .doesNotContain("audit.summary");
        assertThat(java.util.regex.Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b")
                        .matcher(trail)
                        .find())
                .as(trail)
                .isFalse();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void aUnitAdministratorMustChangeThePasswordSeesOnlyTheirUnitAndSavesAFirstDraft() {
        String oneTime = ONE_TIME.get("qt-dakha");
        browser.login("qt-dakha", oneTime);
        assertThat(browser.path()).startsWith("/account/password");
        assertThat(browser.waitFor(By.id("must-change")).isDisplayed()).isTrue();
        browser.open("/reports");
        assertThat(browser.path()).as("nothing before the new password").startsWith("/account/password");

        browser.type(By.id("currentPassword"), oneTime);
        browser.type(By.id("newPassword"), NEW_PASSWORD);
        browser.type(By.id("confirmPassword"), NEW_PASSWORD);
        browser.clickAndWaitForNewPage(By.id("change-password"));
        assertThat(browser.path()).startsWith("/reports");

        // only their unit
        assertThat(browser.waitFor(By.id("unit-name")).getText()).isEqualTo("Ủy ban nhân dân huyện Đắk Hà");
        String page = browser.waitFor(By.id("main")).getText();
        assertThat(page).doesNotContain("Đắk Tô").doesNotContain("Sở Tài chính");
        Long otherUnit = jdbc.queryForObject("select id from unit where code = 'DAKTO'", Long.class);
        browser.open("/units/" + otherUnit + "/profile");
        assertThat(browser.waitFor(By.id("main")).getText()).doesNotContain("Đắk Tô");
        browser.open("/units");
        assertThat(browser.waitFor(By.id("main")).getText()).doesNotContain("Đắk Tô");
        assertThat(browser.driver().findElements(By.id("unit-search"))).isEmpty();
        assertThat(browser.consoleErrors())
                .as("another unit's profile is not found, the unit catalogue forbidden")
                .hasSize(2)
                .anyMatch(e -> e.getMessage().contains("404"))
                .anyMatch(e -> e.getMessage().contains("403"));

        // the first draft
        browser.open("/reports");
        browser.clickAndWaitForNewPage(By.id("start-button-" + periodId));
        assertThat(browser.waitFor(By.id("page-title")).getText()).isEqualTo("Ủy ban nhân dân huyện Đắk Hà");
        browser.type(By.id("staffCount"), "120");
        browser.clickAndWaitForNewPage(By.id("save-button"));
        assertThat(browser.waitFor(By.id("flash")).isDisplayed()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select r.state from status_report r join unit u on u.id = r.unit_id where u.code = 'DAKHA'"
                                + " and r.period_id = ?",
                        String.class,
                        periodId))
                .isEqualTo("DRAFT");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(3)
    void fiveWrongPasswordsLockTheAccountWithAnHonestMessage() {
        String oneTime = ONE_TIME.get("qt-stc");
        for (int i = 1; i <= 4; i++) {
            browser.login("qt-stc", "wrong-password-" + i);
            assertThat(browser.waitFor(By.id("login-error")).isDisplayed()).isTrue();
        }
        browser.login("qt-stc", "wrong-password-5");
        String locked = browser.waitFor(By.id("login-locked")).getText();
        assertThat(locked).startsWith("Đăng nhập sai quá nhiều lần.").contains("thử lại sau");
        browser.login("qt-stc", oneTime);
        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.waitFor(By.id("login-locked")).getText())
                .as("the right password does not open a locked account")
                .isEqualTo(locked);
    }

    @Test
    @Order(4)
    void disablingASignedInUserEndsTheirSessionAtOnce() {
        PortalHttpClient unitAdmin = new PortalHttpClient(port());
        unitAdmin.login("qt-snv", ONE_TIME.get("qt-snv"));
        assertThat(unitAdmin.get("/account/password").uri().getPath()).isEqualTo("/account/password");

        browser.login(ADMIN, ADMIN_PASSWORD);
        browser.open("/admin/users");
        browser.clickAndWaitForNewPage(By.id("edit-qt-snv"));
        browser.clickAndWaitForNewPage(By.id("disable-user"));
        assertThat(browser.waitFor(By.id("account-status")).isDisplayed()).isTrue();

        HttpResponse<String> after = unitAdmin.get("/account/password");
        assertThat(after.uri().getPath()).as("signed out by the administrator").isEqualTo("/login");
    }

    private int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    /**
     * What the download button sends, sent with the browser's own session cookie and the form's CSRF token (a
     * headless browser keeps downloads to itself): the CSV of the one-time passwords.
     */
    private String downloadWithTheBrowsersSession(WebElement button) throws Exception {
        WebElement form = button.findElement(By.xpath("./ancestor::form"));
        String csrf = form.findElement(By.name("_csrf")).getAttribute("value");
        String session = browser.driver().manage().getCookieNamed("SESSION").getValue();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port()
                                        + form.getAttribute("action").replaceFirst("^https?://[^/]+", "")))
                                .header("Cookie", "SESSION=" + session)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return response.body().replace("\uFEFF", "");
    }

    private static String fixture(String name) {
        return Path.of("src/test/resources/onboarding", name).toAbsolutePath().toString();
    }
}
