package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.itplan.support.Browser;
import vn.itplan.support.BrowserTest;

@BrowserTest
class LoginFlowSeleniumIT {

    Browser browser;

    @Test
    void itStaffSignsInLandsOnTheWorkQueueAndSwitchesLanguage() {
        browser.login("itstaff", "KonTum@2015");

        assertThat(browser.waitFor(By.id("page-title")).getText()).isEqualTo("Việc đang chờ");
        assertThat(browser.path()).isEqualTo("/reports/queue");
        assertThat(browser.driver().findElement(By.id("current-user-name")).getText())
                .isEqualTo("Nguyễn Văn Tin (Sở TT&TT)");

        browser.click(By.id("languageMenu"));
        browser.clickAndWaitForNewPage(By.id("lang-en"));
        assertThat(browser.waitFor(By.id("page-title")).getText()).isEqualTo("Waiting for you");

        browser.open("/plans");
        assertThat(browser.waitFor(By.id("page-title")).getText())
                .as("the choice is remembered")
                .isEqualTo("Plans");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aWrongPasswordShowsAMessageAndKeepsTheUserName() {
        browser.login("itstaff", "wrong-password");

        assertThat(browser.waitFor(By.id("login-error")).getText()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
        assertThat(browser.driver().findElement(By.id("username")).getDomProperty("value"))
                .isEqualTo("itstaff");
        assertThat(browser.path()).startsWith("/login");
    }

    @Test
    void signingOutReturnsToTheLoginPage() {
        browser.login("leader", "KonTum@2015");
        browser.click(By.id("userMenu"));
        browser.clickAndWaitForNewPage(By.id("logout-button"));

        assertThat(browser.waitFor(By.id("login-logout")).getText()).isEqualTo("Bạn đã đăng xuất.");
        browser.open("/dashboard");
        assertThat(browser.path()).isEqualTo("/login");
    }
}
