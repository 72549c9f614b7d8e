package vn.itplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.itplan.support.Browser;
import vn.itplan.support.BrowserTest;

/** The plan screens in a real browser: staff write and issue a plan; a leader reads plan 263. */
@BrowserTest
class PlanFlowSeleniumIT {

    static final List<String> SEED_ORDER = List.of(
            "67/2006/QH11",
            "51/2005/QH11",
            "64/2007/NĐ-CP",
            "1605/QĐ-TTg",
            "465/QĐ-UBND",
            "1388/QĐ-UBND",
            "686/QĐ-UBND",
            "03/2011/CT-UBND",
            "170/QĐ-UBND",
            "2016/BTTTT-THH",
            "1635/VP-VX");

    Browser browser;

    @Test
    void itStaffWritesA2016PlanAndIssuesIt() {
        WebDriver driver = browser.driver();
        browser.login("itstaff", "KonTum@2015");
        browser.open("/plans");
        browser.clickAndWaitForNewPage(By.id("new-plan"));

        // 1000 and above: never the demo's 263/KH-UBND of 2015 (a number is unique per issuer and year of issue)
        String number = (1000 + Math.floorMod(System.nanoTime(), 8000)) + "/KH-UBND";
        browser.type(By.id("number"), number);
        browser.type(By.id("year"), "2016");
        browser.type(
                By.id("title"), "Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2016");
        browser.type(By.id("issueDate"), "31/02/2015");
        browser.type(By.id("effectiveDate"), "01/01/2016");
        browser.type(By.id("signer"), "Nguyễn Hữu Hải");
        click(By.id("plan-save"));
        // a bad date is refused next to the field, and nothing typed is lost
        assertThat(browser.waitFor(By.id("issueDate-error")).getText()).contains("dd/MM/yyyy");
        assertThat(driver.findElement(By.id("signer")).getDomProperty("value")).isEqualTo("Nguyễn Hữu Hải");
        browser.type(By.id("issueDate"), "15/12/2015");
        click(By.id("plan-save"));
        assertThat(browser.waitFor(By.id("plan-number")).getText()).isEqualTo(number);

        addLegalBasis("quyet dinh 1605", "1605/QĐ-TTg");
        addLegalBasis("luat cong nghe thong tin", "67/2006/QH11");
        addLegalBasis("64/2007", "64/2007/NĐ-CP");
        assertThat(legalBases()).containsExactly("1605/QĐ-TTg", "67/2006/QH11", "64/2007/NĐ-CP");

        // the law first: move it up once, then the decree above the decision
        clickInBasis("67/2006/QH11", "basis-up-");
        waitForOrder("67/2006/QH11", "1605/QĐ-TTg", "64/2007/NĐ-CP");
        clickInBasis("64/2007/NĐ-CP", "basis-up-");
        waitForOrder("67/2006/QH11", "64/2007/NĐ-CP", "1605/QĐ-TTg");

        click(By.id("add-section"));
        browser.type(By.id("heading"), "I.");
        browser.type(By.id("title"), "Căn cứ lập Kế hoạch");
        browser.type(By.id("body"), "Các văn bản nêu trên.");
        click(By.id("section-save"));
        assertThat(browser.waitFor(By.cssSelector("#sections .plan-section-title"))
                        .getText())
                .isEqualTo("I. Căn cứ lập Kế hoạch");

        new Select(browser.waitFor(By.id("indicatorId")))
                .selectByVisibleText(driver.findElements(By.cssSelector("#indicatorId option")).stream()
                        .map(WebElement::getText)
                        .filter(t -> t.startsWith("UD04"))
                        .findFirst()
                        .orElseThrow());
        browser.type(By.id("baselineValue"), "29");
        browser.type(By.id("targetValue"), "30");
        click(By.id("target-save"));
        assertThat(browser.waitFor(By.id("targets-table")).getText())
                .contains("UD04")
                .contains("30 đơn vị");

        // the checklist: the number is well formed and free, but the leader's sign-off is missing: issue is blocked
        assertThat(browser.waitFor(By.id("check-NUMBER_FORMAT")).getAttribute("class"))
                .contains("check-ok");
        assertThat(driver.findElement(By.id("check-SIGN_OFF")).getAttribute("class"))
                .contains("check-blocking");
        assertThat(driver.findElement(By.id("issue-plan")).isEnabled()).isFalse();
        String planPath = browser.path();

        // the leader signs the draft off
        browser.reset();
        browser.login("leader", "KonTum@2015");
        browser.open(planPath);
        browser.clickAndWaitForNewPage(By.id("sign-off-plan"));
        assertThat(browser.waitFor(By.id("sign-off-state")).getText()).contains("leader");

        // IT staff confirm the points to note (no baseline figures, empty sections) and issue
        browser.reset();
        browser.login("itstaff", "KonTum@2015");
        browser.open(planPath);
        assertThat(browser.waitFor(By.id("check-SIGN_OFF")).getAttribute("class"))
                .contains("check-ok");
        assertThat(driver.findElement(By.id("check-COVERAGE")).getAttribute("class"))
                .contains("check-warning");
        browser.click(By.id("issue-confirmed"));
        browser.confirmAndWaitForNewPage(browser.waitFor(By.id("issue-plan")));
        assertThat(browser.waitFor(By.id("read-only-reason")).getText()).contains("15/12/2015");
        assertThat(driver.findElement(By.id("signed-off-by")).getText()).contains("leader");
        assertThat(driver.findElement(By.id("status-" + planId())).getText()).isEqualTo("Đã ban hành");
        assertThat(driver.findElements(By.cssSelector("main form:not(#revise-form)")))
                .isEmpty();
        assertThat(driver.findElements(
                        By.cssSelector("#doc-search, #add-section, #target-form, #issue-plan, #edit-metadata")))
                .isEmpty();
        assertThat(driver.findElement(By.id("revise-plan")).isDisplayed()).isTrue();
        assertThat(legalBases()).containsExactly("67/2006/QH11", "64/2007/NĐ-CP", "1605/QĐ-TTg");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aLeaderReadsPlan263WithItsLegalBasesInTheSeedsOrderAndNoEditControl() {
        browser.login("leader", "KonTum@2015");
        browser.open("/plans");
        browser.clickAndWaitForNewPage(By.xpath("//section[@id='year-2015']//a[.//strong[text()='263/KH-UBND']]"));

        assertThat(browser.waitFor(By.id("plan-number")).getText()).isEqualTo("263/KH-UBND");
        assertThat(legalBases()).containsExactlyElementsOf(SEED_ORDER);
        assertThat(browser.driver().findElement(By.id("panel-sections")).getText())
                .contains("I. Căn cứ lập Kế hoạch")
                .contains("3.2. Tình hình sử dụng phần mềm văn phòng điện tử - eOffice");
        assertThat(browser.driver()
                        .findElements(By.cssSelector("main form, main button, main input, main select, main textarea")))
                .isEmpty();
        assertThat(browser.driver().findElement(By.id("read-only-reason")).getText())
                .contains("10/02/2015");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Types into the live search (the results follow as one types), then adds the document found. */
    private void addLegalBasis(String query, String number) {
        browser.type(By.id("doc-search"), query);
        By add = By.xpath("//div[@id='doc-results']//li[.//strong[text()='" + number + "']]//button");
        // the results may be replaced once more while the search catches up with the typing
        retry(() -> browser.clickAndWaitForNewPage(add));
        browser.waitFor(By.cssSelector("#legal-bases li[data-number='" + number + "']"));
    }

    private void clickInBasis(String number, String buttonIdPrefix) {
        click(By.cssSelector("#legal-bases li[data-number='" + number + "'] button[id^='" + buttonIdPrefix + "']"));
    }

    private void waitForOrder(String... numbers) {
        browser.waitUntil(d -> legalBases().equals(List.of(numbers)));
    }

    private List<String> legalBases() {
        for (int attempt = 0; ; attempt++) {
            try {
                return browser.driver().findElements(By.cssSelector("#legal-bases li")).stream()
                        .map(li -> li.getDomAttribute("data-number"))
                        .toList();
            } catch (StaleElementReferenceException e) {
                if (attempt > 5) {
                    throw e;
                }
            }
        }
    }

    /** Every button and link this flow clicks with it loads a new page: wait for it. */
    private void click(By locator) {
        browser.clickAndWaitForNewPage(locator);
    }

    private String planId() {
        String path = browser.path();
        return path.replaceAll("^/plans/(\\d+).*$", "$1");
    }

    private static void retry(Runnable action) {
        for (int attempt = 0; ; attempt++) {
            try {
                action.run();
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt > 5) {
                    throw e;
                }
            }
        }
    }
}
