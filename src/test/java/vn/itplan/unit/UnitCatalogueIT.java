package vn.itplan.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.itplan.support.Browser;
import vn.itplan.support.BrowserTest;

/** IT staff create a unit under the province, find it without typing diacritics, move it, deactivate it. */
@BrowserTest
class UnitCatalogueIT {

    @LocalServerPort
    int port;
    @Autowired
    UnitService units;
    @Autowired
    UnitRepository repository;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        TestUnits.removeAll(repository);
    }

    @Test
    void itStaffCreatesFindsMovesAndDeactivatesAUnit() {
        WebDriver driver = browser.driver();
        String tag = "T" + System.nanoTime() % 1_000_000;
        String code = TestUnits.PREFIX + "NGOCLINH-" + tag;
        String name = "Trung tâm Dữ liệu Ngọc Linh " + tag;

        browser.login("itstaff", "KonTum@2015");
        browser.waitFor(By.id("page-title"));
        browser.open("/units");
        browser.waitFor(By.id("new-unit")).click();

        browser.waitFor(By.id("code"));
        browser.type(By.id("code"), code.toLowerCase());
        browser.type(By.id("name"), name);
        browser.type(By.id("shortName"), "TTDL Ngọc Linh");
        new Select(driver.findElement(By.id("kind"))).selectByValue("OTHER");
        Select parent = new Select(driver.findElement(By.id("parentId")));
        parent.selectByValue(units.findByCode("KONTUM").orElseThrow().getId().toString());
        browser.type(By.id("validFrom"), "01/07/2015");
        clickInView(driver.findElement(By.cssSelector("input[type=checkbox][name=reporting]")));
        clickInView(driver.findElement(By.id("save-unit")));

        assertThat(browser.waitFor(By.id("flash")).getText()).contains("Đã thêm đơn vị.");
        assertThat(driver.findElement(By.id("page-title")).getText()).isEqualTo(name);
        assertThat(driver.findElement(By.id("unit-code")).getText()).isEqualTo(code);
        Unit created = units.findByCode(code).orElseThrow();
        assertThat(created.isReporting()).isFalse();
        assertThat(driver.findElement(By.id("unit-breadcrumb")).getText()).contains("UBND tỉnh Kon Tum");

        browser.open("/units");
        browser.type(By.id("q"), "ngoc linh " + tag.toLowerCase());
        driver.findElement(By.id("search-submit")).click();
        browser.waitFor(By.id("unit-count"));
        assertThat(driver.findElement(By.id("unit-count")).getText()).startsWith("1/");
        assertThat(browser.waitFor(By.id("node-" + created.getId())).getText()).contains(name);
        driver.findElement(By.id("view-table")).click();
        assertThat(browser.waitFor(By.id("unit-row-" + created.getId())).getText()).contains(code);
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("ngoc linh " + tag.toLowerCase());
        driver.findElement(By.linkText(name)).click();

        browser.waitFor(By.id("move-unit")).click();
        new Select(browser.waitFor(By.id("parentId")))
                .selectByValue(units.findByCode("DAKHA").orElseThrow().getId().toString());
        clickInView(driver.findElement(By.id("move-submit")));
        assertThat(browser.waitFor(By.id("flash")).getText()).contains("Đã chuyển đơn vị");
        assertThat(driver.findElement(By.id("unit-breadcrumb")).getText()).contains("UBND huyện Đắk Hà");
        assertThat(driver.findElement(By.id("unit-parent")).getText()).isEqualTo("Ủy ban nhân dân huyện Đắk Hà");
        Unit moved = units.get(created.getId());
        assertThat(moved.getLevel()).isEqualTo(2);
        assertThat(moved.getPath()).isEqualTo(units.findByCode("DAKHA").orElseThrow().getPath() + moved.getId() + "/");

        driver.findElement(By.id("deactivate-unit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        assertThat(driver.switchTo().alert().getText()).contains(name);
        driver.switchTo().alert().accept();
        assertThat(browser.waitFor(By.id("flash")).getText()).contains("ngừng hoạt động");
        assertThat(driver.findElement(By.id("unit-status")).getText()).isEqualTo("Ngừng hoạt động");
        assertThat(driver.findElements(By.id("reactivate-unit"))).hasSize(1);
        assertThat(driver.findElement(By.id("unit-history")).getText())
                .contains("UNIT_CREATED").contains("UNIT_MOVED").contains("UNIT_DEACTIVATED");
        assertThat(units.get(created.getId()).isActive()).isFalse();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Scrolls at once (Bootstrap makes scrolling smooth, and a click during the animation misses). */
    private void clickInView(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    @Test
    void theTreeCollapsesAndExpands() {
        browser.login("itstaff", "KonTum@2015");
        browser.waitFor(By.id("page-title"));
        browser.open("/units");
        Long province = units.findByCode("KONTUM").orElseThrow().getId();
        By children = By.id("children-" + province);
        assertThat(browser.waitFor(children).isDisplayed()).isTrue();

        browser.driver().findElement(By.id("collapse-all")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOfElementLocated(children));
        browser.driver().findElement(By.cssSelector("#node-" + province + " > .unit-node-row .unit-toggle")).click();
        assertThat(browser.waitFor(children).isDisplayed()).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
