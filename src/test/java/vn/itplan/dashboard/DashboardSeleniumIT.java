package vn.itplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.itplan.support.Browser;
import vn.itplan.support.BrowserTest;

/** A leader before a meeting: the dashboard on the demo data, its charts, the year filter, a unit profile. */
@BrowserTest
class DashboardSeleniumIT {

    Browser browser;

    @BeforeEach
    void signIn() {
        browser.login("leader", "KonTum@2015");
    }

    @Test
    void theDashboardShowsTheDemoFiguresAndEveryChartDraws() {
        browser.open("/dashboard?year=2014");

        assertThat(browser.waitFor(By.cssSelector("#kpi-UD04 .kpi-value")).getText())
                .isEqualTo("29/29");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#kpi-UD02 .kpi-value"))
                        .getText())
                .isEqualTo("17/29");
        assertEveryChartDrawn();
        assertThat(browser.driver().findElements(By.cssSelector("#ranking-table tbody tr")))
                .hasSize(29);
        assertThat(browser.consoleErrors()).isEmpty();

        browser.driver().manage().window().setSize(new Dimension(375, 812));
        browser.open("/dashboard?year=2014");
        assertEveryChartDrawn();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void switchingTheYearChangesTheFigures() {
        browser.open("/dashboard?year=2014");
        String before = browser.waitFor(By.id("kpis")).getText();

        new Select(browser.driver().findElement(By.id("year"))).selectByValue("2015");
        browser.clickAndWaitForNewPage(browser.driver().findElement(By.id("apply-filters")));

        assertThat(browser.path()).contains("year=2015");
        String after = browser.driver().findElement(By.id("main")).getText();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.driver().findElements(By.cssSelector("#kpi-UD04 .kpi-value")).stream()
                        .map(WebElement::getText)
                        .toList())
                .doesNotContain("29/29");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aUnitProfileOpensFromTheRanking() {
        browser.open("/dashboard?year=2014");
        WebElement first = browser.waitFor(By.cssSelector("#ranking-table tbody tr:first-child a.unit-profile-link"));
        String name = first.getText();
        browser.clickAndWaitForNewPage(first);

        assertThat(browser.waitFor(By.id("page-title")).getText()).isEqualTo(name);
        assertThat(browser.path()).matches("/units/\\d+/profile");
        assertThat(browser.driver().findElement(By.cssSelector("#profile-rank")).getText())
                .contains("1/29");
        assertThat(browser.driver().findElement(By.id("chart-profile")).getDomAttribute("data-drawn"))
                .isEqualTo("true");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void assertEveryChartDrawn() {
        List<WebElement> canvases = browser.driver().findElements(By.cssSelector("canvas"));
        assertThat(canvases).isNotEmpty();
        for (WebElement canvas : canvases) {
            assertThat(canvas.getDomAttribute("data-drawn"))
                    .as(canvas.getDomAttribute("id"))
                    .isEqualTo("true");
            Object painted = browser.script(
                    "var c = arguments[0], d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                            + "for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) return true; } return false;",
                    canvas);
            assertThat(painted)
                    .as("pixels drawn on " + canvas.getDomAttribute("id"))
                    .isEqualTo(true);
        }
    }
}
