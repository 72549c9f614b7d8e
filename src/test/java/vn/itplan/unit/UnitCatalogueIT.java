package vn.itplan.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.itplan.support.Browser;
import vn.itplan.support.BrowserTest;

/** IT staff create a unit under the province, find it without typing diacritics, move it, deactivate it. */
@BrowserTest
class UnitCatalogueIT {

    @Autowired
    UnitService units;

    @Autowired
    UnitRepository repository;

    Browser browser;

    @AfterEach
    void removeTestUnits() {
        TestUnits.removeAll(repository);
    }

    @Test
    void itStaffCreatesFindsMovesAndDeactivatesAUnit() {
        WebDriver driver = browser.driver();
        String tag = "T" + System.nanoTime() % 1_000_000;
        String code = TestUnits.PREFIX + "NGOCLINH-" + tag;
        String name = "Trung tâm Dữ liệu Ngọc Linh " + tag;

        browser.login("itstaff", "KonTum@2015");
        browser.open("/units");
        browser.clickAndWaitForNewPage(By.id("new-unit"));

        browser.type(By.id("code"), code.toLowerCase());
        browser.type(By.id("name"), name);
        browser.type(By.id("shortName"), "TTDL Ngọc Linh");
        new Select(driver.findElement(By.id("kind"))).selectByValue("OTHER");
        Select parent = new Select(driver.findElement(By.id("parentId")));
        parent.selectByValue(units.findByCode("KONTUM").orElseThrow().getId().toString());
        browser.type(By.id("validFrom"), "01/07/2015");
        browser.click(driver.findElement(By.cssSelector("input[type=checkbox][name=reporting]")));
        browser.clickAndWaitForNewPage(By.id("save-unit"));

        assertThat(browser.waitFor(By.id("flash")).getText()).contains("Đã thêm đơn vị.");
        assertThat(driver.findElement(By.id("page-title")).getText()).isEqualTo(name);
        assertThat(driver.findElement(By.id("unit-code")).getText()).isEqualTo(code);
        Unit created = units.findByCode(code).orElseThrow();
        assertThat(created.isReporting()).isFalse();
        assertThat(driver.findElement(By.id("unit-breadcrumb")).getText()).contains("UBND tỉnh Kon Tum");

        browser.open("/units");
        browser.type(By.id("q"), "ngoc linh " + tag.toLowerCase());
        browser.clickAndWaitForNewPage(By.id("search-submit"));
        assertThat(browser.waitFor(By.id("unit-count")).getText()).startsWith("1/");
        assertThat(browser.waitFor(By.id("node-" + created.getId())).getText()).contains(name);
        browser.clickAndWaitForNewPage(By.id("view-table"));
        assertThat(browser.waitFor(By.id("unit-row-" + created.getId())).getText())
                .contains(code);
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("ngoc linh " + tag.toLowerCase());
        browser.clickAndWaitForNewPage(By.linkText(name));

        browser.clickAndWaitForNewPage(By.id("move-unit"));
        new Select(browser.waitFor(By.id("parentId")))
                .selectByValue(units.findByCode("DAKHA").orElseThrow().getId().toString());
        browser.clickAndWaitForNewPage(By.id("move-submit"));
        assertThat(browser.waitFor(By.id("flash")).getText()).contains("Đã chuyển đơn vị");
        assertThat(driver.findElement(By.id("unit-breadcrumb")).getText()).contains("UBND huyện Đắk Hà");
        assertThat(driver.findElement(By.id("unit-parent")).getText()).isEqualTo("Ủy ban nhân dân huyện Đắk Hà");
        Unit moved = units.get(created.getId());
        assertThat(moved.getLevel()).isEqualTo(2);
        assertThat(moved.getPath())
                .isEqualTo(units.findByCode("DAKHA").orElseThrow().getPath() + moved.getId() + "/");

        assertThat(browser.confirmAndWaitForNewPage(driver.findElement(By.id("deactivate-unit"))))
                .contains(name);
        assertThat(browser.waitFor(By.id("flash")).getText()).contains("ngừng hoạt động");
        assertThat(driver.findElement(By.id("unit-status")).getText()).isEqualTo("Ngừng hoạt động");
        assertThat(driver.findElements(By.id("reactivate-unit"))).hasSize(1);
        assertThat(driver.findElement(By.id("unit-history")).getText())
                .contains("UNIT_CREATED")
                .contains("UNIT_MOVED")
                .contains("UNIT_DEACTIVATED");
        assertThat(units.get(created.getId()).isActive()).isFalse();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theTreeCollapsesAndExpands() {
        browser.login("itstaff", "KonTum@2015");
        browser.open("/units");
        Long province = units.findByCode("KONTUM").orElseThrow().getId();
        By children = By.id("children-" + province);
        assertThat(browser.waitFor(children).isDisplayed()).isTrue();

        browser.click(By.id("collapse-all"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(children));
        browser.click(By.cssSelector("#node-" + province + " > .unit-node-row .unit-toggle"));
        assertThat(browser.waitFor(children).isDisplayed()).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
