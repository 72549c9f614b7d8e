package vn.itplan.legal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.itplan.support.Browser;
import vn.itplan.support.BrowserTest;

/** IT staff find a decision by typing without diacritics, then catalogue a new document and find it too. */
@BrowserTest
class LegalDocumentsSeleniumIT {

    Browser browser;

    @Test
    void itStaffSearchesWithoutDiacriticsThenCataloguesADocumentAndFindsIt() {
        browser.login("itstaff", "KonTum@2015");
        browser.open("/legal-bases");
        assertThat(browser.waitFor(By.id("page-title")).getText()).isEqualTo("Căn cứ pháp lý");

        browser.type(By.id("q"), "quyet dinh 1605");
        browser.clickAndWaitForNewPage(By.id("search-submit"));
        assertThat(browser.waitFor(By.id("documents-table")).getText()).contains("1605/QĐ-TTg");
        assertThat(browser.path()).contains("q=quyet+dinh+1605");
        assertThat(browser.driver().findElement(By.id("result-count")).getText())
                .startsWith("Tìm thấy");

        browser.clickAndWaitForNewPage(By.id("new-document"));
        browser.type(By.id("number"), "9501 / 2015 / qd-ubnd");
        // the live check reads the number and, no type being chosen yet, chooses Quyết định
        assertThat(browser.waitFor(By.id("number-check-parts")).getText()).contains("QĐ", "2015", "UBND");
        assertThat(new Select(browser.driver().findElement(By.id("type")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Quyết định");
        browser.type(By.id("issuer"), "UBND tỉnh Kon Tum");
        browser.type(By.id("issueDate"), "16/03/2015");
        browser.type(By.id("effectiveDate"), "26/03/2015");
        browser.type(By.id("signer"), "Lại Xuân Lâm");
        browser.type(By.id("title"), "Ban hành Quy chế sử dụng chữ ký số trong cơ quan nhà nước tỉnh Kon Tum");
        browser.clickAndWaitForNewPage(By.id("save-document"));

        assertThat(browser.waitFor(By.id("page-title")).getText()).isEqualTo("9501/2015/QĐ-UBND");
        assertThat(browser.driver().findElement(By.id("flash")).getText())
                .contains("Đã thêm văn bản 9501/2015/QĐ-UBND vào danh mục.");

        browser.open("/legal-bases");
        browser.type(By.id("q"), "chu ky so 9501");
        browser.clickAndWaitForNewPage(By.id("search-submit"));
        assertThat(browser.waitFor(By.id("documents-table")).getText())
                .contains("9501/2015/QĐ-UBND", "16/03/2015", "26/03/2015", "Quyết định");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
