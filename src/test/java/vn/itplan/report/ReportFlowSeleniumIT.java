package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.support.Browser;
import vn.itplan.support.BrowserTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.TestYears;

/**
 * The main flow in a real browser: a unit admin fills in and submits the unit's Q2 report, itstaff returns it with a
 * comment, the unit admin reads the comment, corrects and resubmits, itstaff approves; the board follows along. The
 * unit, its account and its two quarters (Q1 approved, a copy of the demo unit DAKHA's 2015 Q1 report; Q2 open) are
 * the test's own, in a year of {@link TestYears}, so the flow never changes the demo data.
 */
@BrowserTest
class ReportFlowSeleniumIT {

    static final String PASSWORD = "KonTum@2015";
    static final String COMMENT =
            "Số văn bản đi được phát hành điện tử chưa khớp với sổ theo dõi; đề nghị kiểm tra lại.";

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    long q2;
    String unit;
    String unitAdmin;

    @BeforeEach
    void createTheUnitAndItsQuarters() {
        ReportFixture fixture = new ReportFixture(jdbc);
        long unitId = fixture.unit("HUYEN", "UBND_HUYEN", null, true);
        unit = jdbc.queryForObject("select code from unit where id = ?", String.class, unitId);
        unitAdmin = "unit-" + unit.toLowerCase();
        jdbc.update(
                "insert into app_user (username, password_hash, full_name, role, unit_id)"
                        + " select ?, password_hash, 'Cán bộ đơn vị thử', 'UNIT_ADMIN', ? from app_user"
                        + " where username = 'admin'",
                unitAdmin,
                unitId);
        int year = TestYears.periodYear();
        long q1 = fixture.quarterlyPeriod(year, 1, false);
        q2 = fixture.quarterlyPeriod(year, 2, true);
        copyDemoReport("DAKHA", 2015, unitId, q1);
    }

    /** Copies a demo unit's approved 2015 Q1 report, its four sections included, to the unit and period given. */
    void copyDemoReport(String demoUnit, int demoYear, long unitId, long periodId) {
        long demo = jdbc.queryForObject(
                "select r.id from status_report r join unit u on u.id = r.unit_id join reporting_period p"
                        + " on p.id = r.period_id where u.code = ? and p.period_year = ? and p.kind = 'QUARTERLY'"
                        + " and p.seq = 1 and r.state = 'APPROVED'",
                Long.class,
                demoUnit,
                demoYear);
        String reportColumns = columns("status_report", "id", "unit_id", "period_id");
        jdbc.update(
                "insert into status_report (unit_id, period_id, " + reportColumns + ") select ?, ?, " + reportColumns
                        + " from status_report where id = ?",
                unitId,
                periodId,
                demo);
        long copy = jdbc.queryForObject(
                "select id from status_report where unit_id = ? and period_id = ?", Long.class, unitId, periodId);
        for (String section :
                List.of("infrastructure_inventory", "email_adoption", "eoffice_adoption", "public_services")) {
            String sectionColumns = columns(section, "report_id");
            jdbc.update(
                    "insert into " + section + " (report_id, " + sectionColumns + ") select ?, " + sectionColumns
                            + " from " + section + " where report_id = ?",
                    copy,
                    demo);
        }
    }

    String columns(String table, String... except) {
        return jdbc
                .queryForList(
                        "select column_name from information_schema.columns where table_schema = current_schema()"
                                + " and table_name = ? order by ordinal_position",
                        String.class,
                        table)
                .stream()
                .filter(column -> !List.of(except).contains(column))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    void signInAs(String username) {
        browser.driver().manage().deleteAllCookies();
        browser.login(username, PASSWORD);
    }

    int count(String key) {
        return Integer.parseInt(browser.driver()
                .findElement(By.cssSelector("#count-" + key + " .board-count-value"))
                .getText()
                .trim());
    }

    void type(String field, String value) {
        browser.type(By.id(field), value);
    }

    /** Every button and link this flow clicks loads a new page: wait for it. */
    void click(String id) {
        browser.clickAndWaitForNewPage(browser.driver().findElement(By.id(id)));
    }

    /** Submits the report form; if soft warnings come back, ticks each one (they are checked) and submits again. */
    void submitAcknowledging() {
        click("submit-button");
        browser.waitFor(By.id("page-title"));
        List<WebElement> warnings = browser.driver().findElements(By.cssSelector("#warnings input[type=checkbox]"));
        if (!warnings.isEmpty()) {
            warnings.forEach(browser::click);
            click("submit-button");
            browser.waitFor(By.id("page-title"));
        }
    }

    @Test
    void aUnitSubmitsStaffReturnTheUnitCorrectsAndStaffApprove() {
        signInAs("itstaff");
        browser.open("/reports?period=" + q2);
        int notStarted = count("NOT_STARTED");
        int submitted = count("SUBMITTED");
        int approved = count("APPROVED");
        assertThat(browser.driver().findElement(By.cssSelector("#unit-" + unit)).getAttribute("data-state"))
                .isEqualTo("NOT_STARTED");

        // the unit starts its report from its list, prefilled from its approved Q1 report
        signInAs(unitAdmin);
        assertThat(browser.path()).isEqualTo("/reports");
        click("start-button-" + q2);
        browser.waitFor(By.id("report-form"));
        assertThat(browser.driver().findElement(By.id("flash")).getText()).contains("Đã tạo báo cáo");
        assertThat(browser.driver().findElement(By.id("staffCount")).getDomProperty("value"))
                .isEqualTo("270");
        assertThat(browser.driver().findElement(By.id("incomingDocs")).getDomProperty("value"))
                .as("documents of the period are not copied")
                .isEmpty();

        // submitting without the documents: the draft is kept and each missing field says so
        click("submit-button");
        assertThat(browser.waitFor(By.id("form-errors")).getText()).contains("Số liệu đã được lưu vào bản nháp");
        assertThat(browser.driver().findElement(By.id("incomingDocs-error")).getText())
                .isEqualTo("Cần điền trước khi nộp báo cáo.");
        assertThat(browser.driver().findElement(By.id("staffCount")).getDomProperty("value"))
                .isEqualTo("270");

        type("incomingDocs", "1100");
        type("incomingDocsElectronic", "700");
        type("outgoingDocs", "450");
        type("outgoingDocsElectronic", "900");
        click("submit-button");
        assertThat(browser.waitFor(By.id("outgoingDocsElectronic-error")).getText())
                .contains("Không được lớn hơn tổng số văn bản");
        type("outgoingDocsElectronic", "300");
        type("note", "Quý II đơn vị tiếp nhận thêm văn bản của các xã.");
        submitAcknowledging();
        assertThat(browser.path()).matches("/reports/\\d+");
        assertThat(browser.driver().findElement(By.id("flash")).getText()).contains("Đã nộp báo cáo");
        assertThat(browser.driver().findElement(By.id("report-state")).getText())
                .contains("Đã nộp, chờ duyệt");
        assertThat(browser.driver().findElement(By.id("lock-reason")).getText())
                .contains("đang chờ Sở Thông tin và Truyền thông xem xét");
        String reportPath = browser.path();

        // IT staff see it on the board and return it with a comment
        signInAs("itstaff");
        browser.open("/reports?period=" + q2);
        assertThat(count("SUBMITTED")).isEqualTo(submitted + 1);
        assertThat(count("NOT_STARTED")).isEqualTo(notStarted - 1);
        click("open-" + unit);
        browser.waitFor(By.id("review-form"));
        assertThat(browser.path()).isEqualTo(reportPath);
        click("return-button");
        assertThat(browser.waitFor(By.id("comment-error")).getText())
                .isEqualTo("Ghi rõ ý kiến để đơn vị biết cần sửa gì.");
        type("comment", COMMENT);
        click("return-button");
        assertThat(browser.waitFor(By.id("flash")).getText()).contains("Đã trả lại báo cáo cho " + unit);
        assertThat(browser.driver().findElement(By.cssSelector("#unit-" + unit)).getAttribute("data-state"))
                .isEqualTo("RETURNED");

        // the unit sees the comment, corrects and resubmits
        signInAs(unitAdmin);
        assertThat(browser.driver().findElement(By.id("period-" + q2)).getText())
                .contains("Bị trả lại");
        click("edit-" + q2);
        assertThat(browser.waitFor(By.id("review-comment")).getText()).contains(COMMENT);
        type("outgoingDocsElectronic", "280");
        submitAcknowledging();
        assertThat(browser.path()).isEqualTo(reportPath);
        assertThat(browser.driver().findElement(By.id("report-state")).getText())
                .contains("Đã nộp, chờ duyệt");
        assertThat(browser.driver().findElement(By.id("comments")).getText()).contains(COMMENT);

        // IT staff approve; the board counts follow
        signInAs("itstaff");
        browser.open(reportPath);
        browser.waitFor(By.id("approve-button"));
        click("approve-button");
        assertThat(browser.waitFor(By.id("flash")).getText()).contains("Đã duyệt báo cáo của " + unit);
        assertThat(count("APPROVED")).isEqualTo(approved + 1);
        assertThat(count("SUBMITTED")).isEqualTo(submitted);
        assertThat(browser.driver().findElement(By.cssSelector("#unit-" + unit)).getAttribute("data-state"))
                .isEqualTo("APPROVED");
        assertThat(browser.consoleErrors()).isEmpty();

        // and the unit's report is now read-only, with the reason
        signInAs(unitAdmin);
        browser.open(reportPath);
        assertThat(browser.waitFor(By.id("lock-reason")).getText()).contains("Báo cáo đã được duyệt");
        assertThat(browser.driver().findElements(By.id("edit-button"))).isEmpty();
    }
}
