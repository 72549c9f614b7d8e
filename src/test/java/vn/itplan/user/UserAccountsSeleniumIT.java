package vn.itplan.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.itplan.support.Browser;
import vn.itplan.support.BrowserTest;

/**
 * An administrator creates a unit administrator and resets its password; the unit administrator signs in with the
 * one-time password, must choose their own before anything else, then sees their reports.
 */
@BrowserTest
class UserAccountsSeleniumIT {

    static final String NEW_PASSWORD = "Sa-Thay-Ngoc-Linh-2026";

    Browser browser;

    @Test
    void aUnitAdministratorIsCreatedResetSignsInAndMustChangeThePassword() {
        String username = "t10s-" + UUID.randomUUID().toString().substring(0, 6);
        browser.login("admin", "KonTum@2015");
        browser.open("/admin/users");
        browser.clickAndWaitForNewPage(By.id("new-user"));
        browser.type(By.id("username"), username);
        browser.type(By.id("fullName"), "Quản trị Sở Tư pháp (thử)");
        browser.type(By.id("email"), username + "@example.invalid");
        new Select(browser.driver().findElement(By.id("role"))).selectByValue("UNIT_ADMIN");
        Select unit = new Select(browser.driver().findElement(By.id("unitId")));
        unit.getOptions().stream()
                .filter(o -> o.getText().startsWith("STP "))
                .findFirst()
                .orElseThrow()
                .click();
        browser.clickAndWaitForNewPage(By.id("save-user"));

        String first = browser.waitFor(By.id("one-time-password")).getText();
        assertThat(first).hasSize(19);
        browser.clickAndWaitForNewPage(By.id("back-to-user"));
        browser.clickAndWaitForNewPage(By.id("reset-password"));
        String oneTime = browser.waitFor(By.id("one-time-password")).getText();
        assertThat(oneTime).hasSize(19).isNotEqualTo(first);

        browser.driver().manage().deleteAllCookies();
        browser.login(username, oneTime);
        assertThat(browser.path()).startsWith("/account/password");
        assertThat(browser.waitFor(By.id("must-change")).isDisplayed()).isTrue();
        browser.open("/reports");
        assertThat(browser.path()).startsWith("/account/password");

        browser.type(By.id("currentPassword"), oneTime);
        browser.type(By.id("newPassword"), "123456789012");
        browser.type(By.id("confirmPassword"), "123456789012");
        browser.clickAndWaitForNewPage(By.id("change-password"));
        assertThat(browser.waitFor(By.id("newPassword-error")).getText())
                .isEqualTo("Mật khẩu này quá phổ biến hoặc quá dễ đoán: hãy chọn mật khẩu khác.");

        browser.type(By.id("currentPassword"), oneTime);
        browser.type(By.id("newPassword"), NEW_PASSWORD);
        browser.type(By.id("confirmPassword"), NEW_PASSWORD);
        browser.clickAndWaitForNewPage(By.id("change-password"));
        assertThat(browser.path()).startsWith("/reports");
        assertThat(browser.waitFor(By.id("page-title")).getText()).isEqualTo("Báo cáo hiện trạng ứng dụng CNTT");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
