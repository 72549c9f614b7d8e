package vn.itplan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.plan.BudgetTotal;
import vn.itplan.plan.FundingSource;
import vn.itplan.plan.PlanFigures;
import vn.itplan.plan.PlanFiguresService;
import vn.itplan.plan.PlanService;
import vn.itplan.plan.PlanViews;
import vn.itplan.support.PostgresTest;

/**
 * The .xlsx opened with POI: four sheets, real numbers with display formats, frozen bold header rows with an auto
 * filter, and SUM / SUMIFS totals that POI's FormulaEvaluator computes to the plan's budget and the units' sums.
 */
@PostgresTest
class PlanTablesTest {

    static final List<String> SHEETS = List.of("Số liệu", "Đơn vị", "Chỉ tiêu", "Nhiệm vụ");

    @Autowired
    ExportService exports;

    @Autowired
    PlanService plans;

    @Autowired
    PlanFiguresService planFigures;

    @Autowired
    JdbcTemplate jdbc;

    static ExportTestData data;
    static ExportTestData empty;

    @BeforeEach
    void createDataOnce() {
        data = ExportTestData.figures(jdbc);
        empty = ExportTestData.emptyPlan(jdbc);
    }

    Long demoPlanId() {
        return plans.listByYear().stream()
                .flatMap(g -> g.plans().stream())
                .map(PlanViews.PlanRow::plan)
                .filter(p -> p.getNumber().equals("263/KH-UBND") && p.getYear() == 2015 && p.getRevisionNo() == 0)
                .findFirst()
                .orElseThrow()
                .getId();
    }

    XSSFWorkbook xlsx(Long planId, String sample) throws IOException {
        ExportFile file = exports.tables(planId);
        Files.createDirectories(PlanDocumentTest.SAMPLES);
        Files.write(PlanDocumentTest.SAMPLES.resolve(sample), file.content());
        return new XSSFWorkbook(new ByteArrayInputStream(file.content()));
    }

    @Test
    void plan263HasFourSheetsEachWithAFrozenBoldHeaderAndAnAutoFilter() throws IOException {
        assertThat(exports.tables(demoPlanId()).fileName()).isEqualTo("KH-263-UBND-2015.xlsx");
        try (XSSFWorkbook wb = xlsx(demoPlanId(), "KH-263-UBND-2015.xlsx")) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactlyElementsOf(SHEETS);
            for (Sheet sheet : wb) {
                XSSFSheet s = (XSSFSheet) sheet;
                assertThat(s.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition())
                        .isEqualTo((short) (PlanTablesWriter.HEADER_ROW + 1));
                assertThat(s.getCTWorksheet().isSetAutoFilter())
                        .as(sheet.getSheetName() + " auto filter")
                        .isTrue();
                assertThat(CellRangeAddress.valueOf(
                                        s.getCTWorksheet().getAutoFilter().getRef())
                                .getFirstRow())
                        .isEqualTo(PlanTablesWriter.HEADER_ROW);
                Row header = s.getRow(PlanTablesWriter.HEADER_ROW);
                assertThat(header.getCell(0).getStringCellValue()).isNotBlank();
                assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                                .getBold())
                        .isTrue();
                int widest = 0;
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    widest = Math.max(widest, s.getColumnWidth(c));
                }
                assertThat(widest)
                        .as("names get wide columns, not the default width")
                        .isGreaterThan(30 * 256);
            }
        }
    }

    @Test
    void plan263TasksAreNumbersAndTheSumifsTotalsEqualTheBudget() throws IOException {
        try (XSSFWorkbook wb = xlsx(demoPlanId(), "KH-263-UBND-2015.xlsx")) {
            Sheet tasks = wb.getSheet("Nhiệm vụ");
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int first = PlanTablesWriter.HEADER_ROW + 1;
            Row task1 = tasks.getRow(first);
            assertThat(task1.getCell(1).getStringCellValue())
                    .isEqualTo("Nâng cấp mạng LAN và trang bị tường lửa cho các" + " sở, ban, ngành");
            assertThat(task1.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(task1.getCell(7).getNumericCellValue()).isEqualTo(2_500_000_000d);
            assertThat(task1.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(task1.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(task1.getCell(5).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo("2015-03-01");
            assertThat(task1.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(task1.getCell(10).getNumericCellValue()).isEqualTo(0.3, within(1e-9));

            Map<String, Double> totals = totals(tasks, evaluator);
            Map<FundingSource, BudgetTotal> budget = plans.budget(demoPlanId()).bySource().stream()
                    .collect(Collectors.toMap(BudgetTotal::source, Function.identity()));
            assertThat(totals)
                    .containsEntry("Ngân sách trung ương", (double)
                            budget.get(FundingSource.CENTRAL).budget())
                    .containsEntry("Ngân sách tỉnh", 5_500_000_000d)
                    .containsEntry("Nguồn khác", 150_000_000d)
                    .containsEntry("Tổng cộng", 5_940_000_000d);
            assertThat(totals.get("Tổng cộng"))
                    .isEqualTo((double) plans.budget(demoPlanId()).total());
        }
    }

    @Test
    void plan263MarksItsDemoTargetsAndTasks() throws IOException {
        try (XSSFWorkbook wb = xlsx(demoPlanId(), "KH-263-UBND-2015.xlsx")) {
            Row eoffice = rowOf(wb.getSheet("Chỉ tiêu"), "UD04");
            assertThat(eoffice.getCell(10).getStringCellValue())
                    .isEqualTo(
                            "29/29 đơn vị duy trì eOffice; mở rộng liên thông văn bản [Số liệu mẫu, không lấy từ văn bản gốc]");
            Row task = wb.getSheet("Nhiệm vụ").getRow(PlanTablesWriter.HEADER_ROW + 1);
            assertThat(task.getCell(11).getStringCellValue()).startsWith("Dữ liệu mẫu:");
        }
    }

    @Test
    void cancelledTasksStayOutOfTheSumifsTotals() throws IOException {
        try (XSSFWorkbook wb = xlsx(data.plan, "figures.xlsx")) {
            Sheet tasks = wb.getSheet("Nhiệm vụ");
            Map<String, Double> totals = totals(tasks, wb.getCreationHelper().createFormulaEvaluator());
            assertThat(totals)
                    .containsEntry("Ngân sách tỉnh", (double) ExportTestData.PROVINCIAL_BUDGET)
                    .containsEntry("Ngân sách trung ương", (double) ExportTestData.CENTRAL_BUDGET)
                    .containsEntry("Nguồn khác", 0d)
                    .containsEntry("Tổng cộng", (double) plans.budget(data.plan).total());
            assertThat(plans.budget(data.plan).total())
                    .isEqualTo(ExportTestData.PROVINCIAL_BUDGET + ExportTestData.CENTRAL_BUDGET);
            Row cancelled = tasks.getRow(PlanTablesWriter.HEADER_ROW + 3);
            assertThat(cancelled.getCell(9).getStringCellValue()).isEqualTo("Hủy bỏ");
            assertThat(cancelled.getCell(7).getNumericCellValue()).isEqualTo((double) ExportTestData.CANCELLED_BUDGET);
        }
    }

    @Test
    void figuresSheetShowsTheIndicatorsCodesInTheExternalFrameworks() throws IOException {
        Long eofficeId = jdbc.queryForObject("select id from indicator where code = 'UD04'", Long.class);
        jdbc.update(
                "insert into indicator_framework_code (indicator_id, framework, code) values (?, 'DTI', 'TEST-2.3')",
                eofficeId);
        // a draft on the same baseline: an issued plan's workbook is frozen at its first download
        ExportTestData draft = new ExportTestData(jdbc).larger(data, 1);
        try (XSSFWorkbook wb = xlsx(draft.plan, "frameworks.xlsx")) {
            Sheet sheet = wb.getSheet("Số liệu");
            Row header = sheet.getRow(PlanTablesWriter.HEADER_ROW);
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Mã DTI");
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Mã ICT Index");
            assertThat(rowOf(sheet, "UD04").getCell(9).getStringCellValue()).isEqualTo("TEST-2.3");
            assertThat(rowOf(sheet, "HT03").getCell(9).getStringCellValue()).isEmpty();
        } finally {
            jdbc.update("delete from indicator_framework_code where indicator_id = ? and code = 'TEST-2.3'", eofficeId);
        }
    }

    @Test
    void figuresSheetHoldsNumeratorDenominatorValueAndCoverageAsNumbers() throws IOException {
        PlanFigures figures = planFigures.figures(data.plan);
        int expected = figures.baseline().coverage().expected();
        try (XSSFWorkbook wb = xlsx(data.plan, "figures.xlsx")) {
            Sheet sheet = wb.getSheet("Số liệu");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Tổng hợp từ báo cáo đã duyệt kỳ Năm " + ExportTestData.YEAR + ": 3/"
                            + ExportTestData.count(expected)
                            + " đơn vị có báo cáo được duyệt.");
            Row eoffice = rowOf(sheet, "UD04");
            assertThat(eoffice.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(eoffice.getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(eoffice.getCell(4).getNumericCellValue()).isEqualTo(0.6667, within(1e-4));
            assertThat(eoffice.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(eoffice.getCell(6).getNumericCellValue()).isEqualTo(expected);
            assertThat(eoffice.getCell(7).getNumericCellValue()).isEqualTo(3);
            assertThat(eoffice.getCell(8).getStringCellValue())
                    .isEqualTo("3/" + ExportTestData.count(expected) + " đơn vị có báo cáo được duyệt");

            Row internet = rowOf(sheet, "HT03");
            assertThat(internet.getCell(2).getNumericCellValue()).isEqualTo(198);
            assertThat(internet.getCell(3).getNumericCellValue()).isEqualTo(210);
            assertThat(internet.getCell(4).getNumericCellValue()).isEqualTo(198.0 / 210, within(1e-4));
            Row pcs = rowOf(sheet, "HT01");
            assertThat(pcs.getCell(4).getNumericCellValue()).isEqualTo(0.7778, within(1e-4));
            assertThat(pcs.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(pcs.getCell(5).getStringCellValue()).isEqualTo("máy/người");

            String note = lastRow(sheet).getCell(0).getStringCellValue();
            assertThat(note)
                    .startsWith("Ghi chú: số liệu chưa đầy đủ, mới tổng hợp từ báo cáo đã duyệt của 3/"
                            + ExportTestData.count(expected));
            CellRangeAddress filter = CellRangeAddress.valueOf(
                    ((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef());
            assertThat(filter.getLastRow())
                    .as("the note is outside the filtered table")
                    .isLessThan(lastRow(sheet).getRowNum());
        }
    }

    @Test
    void unitsSheetListsEachExpectedUnitWithItsReportAndSumsTheApprovedNumbers() throws IOException {
        PlanFigures figures = planFigures.figures(data.plan);
        try (XSSFWorkbook wb = xlsx(data.plan, "figures.xlsx")) {
            Sheet sheet = wb.getSheet("Đơn vị");
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Row a = rowOf(sheet, code(data.unitA));
            assertThat(a.getCell(3).getStringCellValue()).isEqualTo("Sở");
            assertThat(a.getCell(4).getStringCellValue()).isEqualTo("Đã duyệt");
            assertThat(a.getCell(5).getNumericCellValue()).isEqualTo(50);
            assertThat(a.getCell(6).getNumericCellValue()).isEqualTo(40);
            assertThat(a.getCell(7).getNumericCellValue()).isEqualTo(38);
            assertThat(a.getCell(8).getNumericCellValue()).isEqualTo(2);
            assertThat(a.getCell(11).getNumericCellValue()).as("eOffice: yes").isEqualTo(1);
            assertThat(a.getCell(11).getCellStyle().getDataFormatString()).isEqualTo("\"Có\";\"Có\";\"Không\"");
            Row b = rowOf(sheet, code(data.unitB));
            assertThat(b.getCell(11).getNumericCellValue()).as("eOffice: no").isEqualTo(0);
            Row d = rowOf(sheet, code(data.unitD));
            assertThat(d.getCell(4).getStringCellValue()).isEqualTo("Bị trả lại");
            assertThat(d.getCell(5).getCellType())
                    .as("a returned report's numbers are not shown")
                    .isEqualTo(CellType.BLANK);

            Row total = lastRow(sheet);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(5).getCellFormula()).startsWith("SUM(F5:F");
            assertThat(evaluator.evaluate(total.getCell(5)).getNumberValue())
                    .as("staff")
                    .isEqualTo(270);
            assertThat(evaluator.evaluate(total.getCell(6)).getNumberValue())
                    .as("PCs")
                    .isEqualTo(210);
            assertThat(evaluator.evaluate(total.getCell(11)).getNumberValue())
                    .as("eOffice")
                    .isEqualTo(2);
            assertThat(evaluator.evaluate(total.getCell(4)).getNumberValue())
                    .as("approved reports")
                    .isEqualTo(3);
            assertThat(sheet.getLastRowNum() - PlanTablesWriter.HEADER_ROW - 1)
                    .as("one row per expected unit, a blank row, the total")
                    .isEqualTo(figures.baseline().coverage().expected() + 1);
        }
    }

    @Test
    void targetsSheetComparesBaselineGoalAndActualInTheirUnits() throws IOException {
        try (XSSFWorkbook wb = xlsx(data.plan, "figures.xlsx")) {
            Sheet sheet = wb.getSheet("Chỉ tiêu");
            Row internet = rowOf(sheet, "HT03");
            assertThat(internet.getCell(4).getNumericCellValue()).isEqualTo(0.85, within(1e-9));
            assertThat(internet.getCell(5).getNumericCellValue()).isEqualTo(0.95, within(1e-9));
            assertThat(internet.getCell(6).getNumericCellValue()).isEqualTo(198.0 / 210, within(1e-4));
            assertThat(internet.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(internet.getCell(8).getStringCellValue()).isEqualTo("Chưa đủ báo cáo");
            Row eoffice = rowOf(sheet, "UD04");
            assertThat(eoffice.getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(eoffice.getCell(5).getNumericCellValue()).isEqualTo(3);
            assertThat(eoffice.getCell(6).getNumericCellValue()).isEqualTo(2);
            assertThat(eoffice.getCell(7).getCellType()).as("no previous year").isEqualTo(CellType.BLANK);
            assertThat(eoffice.getCell(10).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void textThatExcelWouldTakeForAFormulaIsQuotePrefixed() throws IOException {
        ExportTestData hostile = new ExportTestData(jdbc).hostile();
        try (XSSFWorkbook wb = new XSSFWorkbook(
                new ByteArrayInputStream(exports.tables(hostile.plan).content()))) {
            Sheet tasks = wb.getSheet("Nhiệm vụ");
            List<String> names = new ArrayList<>();
            for (int r = PlanTablesWriter.HEADER_ROW + 1; r <= PlanTablesWriter.HEADER_ROW + 4; r++) {
                Cell name = tasks.getRow(r).getCell(1);
                assertThat(name.getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
                assertThat(name.getCellStyle().getQuotePrefixed())
                        .as("quote prefix on " + name.getStringCellValue())
                        .isTrue();
                names.add(name.getStringCellValue());
                Cell goal = tasks.getRow(r).getCell(2);
                assertThat(goal.getCellStyle().getQuotePrefixed())
                        .as("ordinary text keeps its style")
                        .isFalse();
                assertThat(goal.getCellStyle().getBorderTop())
                        .isEqualTo(name.getCellStyle().getBorderTop());
            }
            assertThat(names)
                    .containsExactly(
                            "=HYPERLINK(\"http://example.com\",\"bấm\")",
                            ExportTestData.WOULD_BE_FORMULAS.get(0),
                            ExportTestData.WOULD_BE_FORMULAS.get(1),
                            ExportTestData.WOULD_BE_FORMULAS.get(2));
        }
    }

    @Test
    void anEmptyDraftGivesFourSheetsThatSaySo() throws IOException {
        assertThat(exports.tables(empty.plan).fileName()).endsWith("-" + ExportTestData.EMPTY_YEAR + "-du-thao.xlsx");
        try (XSSFWorkbook wb = xlsx(empty.plan, "empty.xlsx")) {
            int first = PlanTablesWriter.HEADER_ROW + 1;
            assertThat(wb.getSheet("Số liệu").getRow(first).getCell(0).getStringCellValue())
                    .isEqualTo("Kế hoạch chưa chọn kỳ báo cáo làm căn cứ số liệu hiện trạng.");
            assertThat(wb.getSheet("Đơn vị").getRow(first).getCell(0).getStringCellValue())
                    .isEqualTo("Kế hoạch chưa chọn kỳ báo cáo làm căn cứ số liệu hiện trạng.");
            assertThat(wb.getSheet("Chỉ tiêu").getRow(first).getCell(0).getStringCellValue())
                    .isEqualTo("Kế hoạch chưa có chỉ tiêu nào.");
            assertThat(wb.getSheet("Nhiệm vụ").getRow(first).getCell(0).getStringCellValue())
                    .isEqualTo("Kế hoạch chưa có nhiệm vụ nào.");
            for (Sheet sheet : wb) {
                assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter())
                        .isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The totals under the tasks: label (the funding source, or "Tổng cộng") → evaluated amount. */
    static Map<String, Double> totals(Sheet tasks, FormulaEvaluator evaluator) {
        Map<String, Double> totals = new java.util.LinkedHashMap<>();
        for (Row row : tasks) {
            Cell amount = row.getCell(7);
            if (amount == null || amount.getCellType() != CellType.FORMULA) {
                continue;
            }
            String label = row.getCell(8) != null
                            && !row.getCell(8).getStringCellValue().isEmpty()
                    ? row.getCell(8).getStringCellValue()
                    : row.getCell(1).getStringCellValue();
            totals.put(label, evaluator.evaluate(amount).getNumberValue());
        }
        return totals;
    }

    /** The data row whose code column (B, or A on the figures sheet) holds {@code code}. */
    static Row rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            for (int c = 0; c <= 1; c++) {
                Cell cell = row.getCell(c);
                if (row.getRowNum() > PlanTablesWriter.HEADER_ROW
                        && cell != null
                        && cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().equals(code)) {
                    return row;
                }
            }
        }
        throw new AssertionError(code + " not on " + sheet.getSheetName());
    }

    static Row lastRow(Sheet sheet) {
        return sheet.getRow(sheet.getLastRowNum());
    }

    String code(long unitId) {
        return jdbc.queryForObject("select code from unit where id = ?", String.class, unitId);
    }
}
