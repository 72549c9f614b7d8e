package vn.itplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.itplan.support.Browser;
import vn.itplan.support.BrowserTest;

/**
 * A leader opens plan 263/KH-UBND in a real browser and finds both downloads; following the links with the
 * browser's own session gives the Word document and the workbook.
 */
@BrowserTest
class ExportSeleniumIT {

    Browser browser;

    @Test
    void aLeaderDownloadsPlan263AsWordAndExcel() throws Exception {
        browser.login("leader", "KonTum@2015");
        browser.open("/plans");
        browser.clickAndWaitForNewPage(By.xpath("//section[@id='year-2015']//a[.//strong[text()='263/KH-UBND']]"));
        WebElement docx = browser.waitFor(By.id("export-docx"));
        WebElement xlsx = browser.waitFor(By.id("export-xlsx"));
        assertThat(docx.getText()).isEqualTo("Văn bản kế hoạch (.docx)");
        assertThat(docx.getAttribute("href")).endsWith("/document.docx");
        assertThat(xlsx.getAttribute("href")).endsWith("/tables.xlsx");
        assertThat(browser.consoleErrors()).isEmpty();

        HttpResponse<byte[]> word = download(docx.getAttribute("href"));
        assertThat(word.statusCode()).isEqualTo(200);
        assertThat(word.headers().firstValue("Content-Type")).contains(ExportFile.DOCX);
        assertThat(word.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("KH-263-UBND-2015.docx");
        assertThat(new Docx(word.body()).text()).contains("Số: 263/KH-UBND", "Kon Tum, ngày 10 tháng 02 năm 2015");

        HttpResponse<byte[]> excel = download(xlsx.getAttribute("href"));
        assertThat(excel.statusCode()).isEqualTo(200);
        assertThat(excel.headers().firstValueAsLong("Content-Length").orElseThrow())
                .isEqualTo(excel.body().length);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
        }
    }

    /** GET with the browser's cookies: what clicking the link downloads. */
    private HttpResponse<byte[]> download(String url) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
