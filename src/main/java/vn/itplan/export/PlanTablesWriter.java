package vn.itplan.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.itplan.indicator.Aggregation;
import vn.itplan.indicator.FrameworkCode;
import vn.itplan.indicator.Indicator;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.plan.BudgetTotal;
import vn.itplan.plan.FundingSource;
import vn.itplan.plan.PlanViews.TaskView;
import vn.itplan.plan.TaskStatus;
import vn.itplan.rollup.Coverage;
import vn.itplan.rollup.Figure;
import vn.itplan.unit.Unit;
import vn.itplan.web.XlsxText;

/**
 * Writes a plan's tables as a workbook: "Số liệu" (figures with numerator, denominator, value and coverage), "Đơn
 * vị" (each expected unit's report for the baseline period and its main numbers, with SUM totals), "Chỉ tiêu"
 * (targets against the actual values) and "Nhiệm vụ" (tasks, with SUMIFS totals per funding source and a grand
 * total). Numbers are numeric cells with display formats (#,##0, 0.0%, dd/mm/yyyy) that a vi-VN Excel shows as
 * 5.940.000.000 and 93,3%; every sheet has a title, a bold header row that stays frozen and an auto filter.
 */
final class PlanTablesWriter {

    /** Title, subtitle, an empty row, then the header row. */
    static final int HEADER_ROW = 3;

    private static final int FIRST_DATA_ROW = HEADER_ROW + 1;
    /** On "Nhiệm vụ": the first of the amount columns, one per funding source, then the budget spent. */
    static final int SOURCE_COLUMN = 12;

    private static final float LINE_HEIGHT = 15.75f;

    private final ExportText text;
    private final PlanExport export;
    private XSSFWorkbook wb;
    private XlsxText xlsxText;
    private Styles styles;

    PlanTablesWriter(ExportText text, PlanExport export) {
        this.text = text;
        this.export = export;
    }

    byte[] write() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            this.wb = workbook;
            Font base = wb.getFontAt(0);
            base.setFontName(WordDocument.FONT);
            base.setFontHeightInPoints((short) 12);
            this.styles = new Styles();
            this.xlsxText = new XlsxText(workbook);
            var properties = wb.getProperties().getCoreProperties();
            properties.setTitle(ExportText.clean(export.plan().getTitle()));
            properties.setSubjectProperty(ExportText.clean(export.plan().getNumber()));
            properties.setCreator(ExportText.clean(export.plan().getIssuer()));
            figures();
            units();
            targets();
            tasks();
            // cached results for viewers that do not calculate; Excel recalculates on opening anyway
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.setForceFormulaRecalculation(true);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    // ------------------------------------------------------------------ "Số liệu"

    private void figures() {
        ExportFigures figures = export.figures();
        ReportingPeriod period = figures.baselinePeriod();
        Sheet sheet = sheet("export.sheet.figures", new int[] {8, 52, 14, 14, 12, 14, 14, 16, 40, 12, 12});
        title(sheet, text.get("export.xlsx.figures.title", export.plan().getNumber()));
        header(
                sheet,
                "export.xlsx.col.code",
                "export.xlsx.col.indicator",
                "export.xlsx.col.numerator",
                "export.xlsx.col.denominator",
                "export.xlsx.col.value",
                "export.xlsx.col.unitOfMeasure",
                "export.xlsx.col.expected",
                "export.xlsx.col.approved",
                "export.xlsx.col.coverage",
                "export.xlsx.col.dti",
                "export.xlsx.col.ictIndex");
        if (period == null) {
            empty(sheet, text.get("export.figure.noBaseline"), 11);
            return;
        }
        Coverage coverage = figures.coverage();
        subtitle(
                sheet,
                text.get("export.xlsx.figures.period", text.period(period), coverage.approved(), coverage.expected()));
        Cell asOf = sheet.getRow(1).createCell(5);
        asOf.setCellStyle(styles.italic);
        setText(asOf, text.asOf(export.takenAt()));
        if (coverage.empty() || figures.figures().isEmpty()) {
            empty(sheet, text.get("export.figure.noReports", text.period(period)), 11);
            return;
        }
        int r = FIRST_DATA_ROW;
        for (ExportFigures.FigureLine f : figures.figures()) {
            Row row = sheet.createRow(r++);
            Figure figure = f.figure();
            Indicator indicator = f.indicator();
            text(row, 0, indicator.getCode());
            text(row, 1, indicator.getNameVi());
            number(row, 2, figure.numerator());
            number(row, 3, figure.denominator());
            if (figure.aggregation() == Aggregation.COUNT_UNITS) {
                percent(row, 4, figure.shareOfUnits());
                text(row, 5, text.get("export.xlsx.shareOfUnits"));
            } else if (figure.percentage()) {
                percent(row, 4, figure.value() == null ? null : figure.value().movePointLeft(2));
                text(row, 5, "%");
            } else {
                number(row, 4, figure.value());
                text(row, 5, indicator.getUnitOfMeasure());
            }
            integer(row, 6, figure.coverage().expected());
            integer(row, 7, figure.coverage().approved());
            text(row, 8, text.coverage(figure.coverage()));
            text(row, 9, f.frameworkCodes().get(FrameworkCode.DTI));
            text(row, 10, f.frameworkCodes().get(FrameworkCode.ICT_INDEX));
            fit(row, 1, 52);
        }
        filter(sheet, r - 1, 10);
        if (coverage.partial()) {
            note(sheet, r + 1, text.partialNote(coverage), 11);
        }
    }

    // ------------------------------------------------------------------ "Đơn vị"

    private void units() {
        ExportFigures figures = export.figures();
        ReportingPeriod period = figures.baselinePeriod();
        Sheet sheet = sheet("export.sheet.units", new int[] {6, 14, 44, 18, 20, 12, 12, 14, 11, 11, 16, 11, 13, 13});
        title(
                sheet,
                period == null
                        ? text.get("export.xlsx.units.title", "…")
                        : text.get("export.xlsx.units.title", text.period(period)));
        subtitle(sheet, export.plan().getNumber());
        header(
                sheet,
                "export.doc.col.no",
                "export.xlsx.col.code",
                "export.xlsx.col.unit",
                "export.xlsx.col.kind",
                "export.xlsx.col.report",
                "export.xlsx.col.staff",
                "export.xlsx.col.pcs",
                "export.xlsx.col.pcsInternet",
                "export.xlsx.col.servers",
                "export.xlsx.col.lan",
                "export.xlsx.col.email",
                "export.xlsx.col.eoffice",
                "export.xlsx.col.interconnected",
                "export.xlsx.col.security");
        if (period == null) {
            empty(sheet, text.get("export.figure.noBaseline"), 14);
            return;
        }
        List<ExportFigures.UnitLine> units = figures.units();
        if (units.isEmpty()) {
            empty(sheet, text.get("export.empty.units"), 14);
            return;
        }
        int r = FIRST_DATA_ROW;
        int no = 1;
        String approved = text.get("export.reportState.APPROVED");
        for (ExportFigures.UnitLine unit : units) {
            Row row = sheet.createRow(r++);
            integer(row, 0, no++);
            text(row, 1, unit.code());
            text(row, 2, unit.name());
            text(row, 3, text.get(unit.kind().messageKey()));
            text(row, 4, text.get("export.reportState." + (unit.reportState() == null ? "NONE" : unit.reportState())));
            for (int m = 0; m < ExportFigures.UNIT_MEASURES; m++) {
                BigDecimal value = unit.approved() ? unit.measures().get(m) : null;
                Cell cell = row.createCell(5 + m);
                cell.setCellStyle(m >= ExportFigures.FIRST_YES_NO ? styles.yesNo : styles.integer);
                if (value != null) {
                    cell.setCellValue(value.doubleValue());
                }
            }
            fit(row, 2, 44);
        }
        int last = r - 1;
        filter(sheet, last, 13);
        Row total = sheet.createRow(r + 1);
        for (int c = 0; c < 4; c++) {
            total.createCell(c).setCellStyle(styles.totalLabel);
        }
        total.getCell(0).setCellValue(text.get("export.xlsx.unitsTotal"));
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, 3));
        Cell count = total.createCell(4);
        count.setCellStyle(styles.totalApproved);
        count.setCellFormula("COUNTIF(" + range(4, FIRST_DATA_ROW, last) + ",\"" + approved + "\")");
        for (int m = 0; m < ExportFigures.UNIT_MEASURES; m++) {
            Cell cell = total.createCell(5 + m);
            cell.setCellStyle(styles.totalInteger);
            cell.setCellFormula("SUM(" + range(5 + m, FIRST_DATA_ROW, last) + ")");
        }
    }

    // ------------------------------------------------------------------ "Chỉ tiêu"

    private void targets() {
        ExportFigures figures = export.figures();
        Sheet sheet = sheet("export.sheet.targets", new int[] {6, 8, 48, 12, 12, 12, 12, 12, 18, 38, 40});
        title(sheet, text.get("export.xlsx.targets.title", export.plan().getNumber()));
        subtitle(
                sheet,
                figures.actualPeriod() == null
                        ? text.get(
                                "export.doc.targets.noActual",
                                String.valueOf(export.plan().getYear()))
                        : text.get("export.doc.targets.actualFrom", text.period(figures.actualPeriod())));
        header(
                sheet,
                "export.doc.col.no",
                "export.xlsx.col.code",
                "export.xlsx.col.indicator",
                "export.xlsx.col.unitOfMeasure",
                "export.doc.col.baseline",
                "export.doc.col.target",
                "export.doc.col.actual",
                "export.xlsx.col.previous",
                "export.doc.col.status",
                "export.xlsx.col.coverage",
                "export.xlsx.col.note");
        if (figures.targets().isEmpty()) {
            empty(sheet, text.get("export.empty.targets"), 11);
            return;
        }
        int r = FIRST_DATA_ROW;
        int no = 1;
        for (ExportFigures.TargetLine t : figures.targets()) {
            Indicator indicator = t.indicator();
            Row row = sheet.createRow(r++);
            integer(row, 0, no++);
            text(row, 1, indicator.getCode());
            text(row, 2, indicator.getNameVi());
            text(row, 3, indicator.getUnitOfMeasure());
            amount(row, 4, indicator, t.baseline());
            amount(row, 5, indicator, t.target());
            amount(row, 6, indicator, t.actualValue());
            amount(row, 7, indicator, t.previousValue());
            text(row, 8, text.status(t.statusKey()));
            text(row, 9, t.actualCoverage() == null ? "" : text.coverage(t.actualCoverage()));
            text(row, 10, note(t.note(), t.demo()));
            fit(row, 2, 48);
            fit(row, 10, 40);
        }
        filter(sheet, r - 1, 10);
    }

    /** The target's note, marked when the value was made up for the demo data. */
    private String note(String note, boolean demo) {
        String text = note == null ? "" : note;
        if (demo) {
            text = text.isEmpty() ? this.text.get("export.xlsx.demo") : text + " " + this.text.get("export.xlsx.demo");
        }
        return text;
    }

    /** A value in the indicator's unit: a real percentage (0.95 shown as 95,0%) when the unit is "%". */
    private void amount(Row row, int column, Indicator indicator, BigDecimal value) {
        if ("%".equals(indicator.getUnitOfMeasure())) {
            percent(row, column, value == null ? null : value.movePointLeft(2));
        } else {
            number(row, column, value);
        }
    }

    // ------------------------------------------------------------------ "Nhiệm vụ"

    private void tasks() {
        FundingSource[] sources = FundingSource.values();
        int[] widths = new int[SOURCE_COLUMN + sources.length + 1];
        System.arraycopy(new int[] {6, 44, 44, 30, 34, 12, 12, 18, 20, 16, 10, 40}, 0, widths, 0, SOURCE_COLUMN);
        java.util.Arrays.fill(widths, SOURCE_COLUMN, widths.length, 18);
        Sheet sheet = sheet("export.sheet.tasks", widths);
        title(sheet, text.get("export.xlsx.tasks.title", export.plan().getNumber()));
        subtitle(sheet, text.get("export.budget.cancelledExcluded"));
        List<String> labels = new ArrayList<>(text.all(
                "export.doc.col.no",
                "export.doc.col.task",
                "export.doc.col.goal",
                "export.doc.col.lead",
                "export.doc.col.partners",
                "export.xlsx.col.start",
                "export.xlsx.col.end",
                "export.doc.col.budget",
                "export.doc.col.source",
                "export.xlsx.col.status",
                "export.xlsx.col.progress",
                "export.xlsx.col.note"));
        for (FundingSource source : sources) {
            labels.add(text.get(source.messageKey()));
        }
        labels.add(text.get("export.xlsx.col.budgetUsed"));
        headerLabels(sheet, labels);
        List<TaskView> tasks = export.tasks();
        if (tasks.isEmpty()) {
            empty(sheet, text.get("export.empty.tasks"), 12);
            return;
        }
        int r = FIRST_DATA_ROW;
        for (TaskView v : tasks) {
            var t = v.task();
            Row row = sheet.createRow(r++);
            integer(row, 0, v.number());
            text(row, 1, t.getName());
            text(row, 2, t.getGoal());
            text(row, 3, v.leadUnit() == null ? "" : v.leadUnit().getName());
            text(
                    row,
                    4,
                    String.join("; ", v.partners().stream().map(Unit::getName).toList()));
            date(row, 5, t.getStartDate());
            date(row, 6, t.getEndDate());
            Cell budget = row.createCell(7);
            budget.setCellStyle(styles.integer);
            budget.setCellValue(t.getBudget());
            text(row, 8, text.funding(t.getFunding(), "; "));
            text(row, 9, text.get(t.getStatus().messageKey()));
            Cell progress = row.createCell(10);
            progress.setCellStyle(styles.wholePercent);
            progress.setCellValue(t.getProgress() / 100.0);
            text(row, 11, t.getNote());
            for (var line : t.getFunding()) {
                Cell amount = row.createCell(SOURCE_COLUMN + line.getSource().ordinal());
                amount.setCellStyle(styles.integer);
                amount.setCellValue(line.getAmount());
            }
            if (t.getBudgetUsed() != null) {
                Cell spent = row.createCell(SOURCE_COLUMN + sources.length);
                spent.setCellStyle(styles.integer);
                spent.setCellValue(t.getBudgetUsed());
            }
            fit(row, 1, 44);
            fit(row, 2, 44);
            fit(row, 3, 30);
            fit(row, 4, 34);
            fit(row, 11, 40);
        }
        int last = r - 1;
        filter(sheet, last, SOURCE_COLUMN + sources.length);

        String statuses = absolute(9, FIRST_DATA_ROW, last);
        String cancelled = text.get(TaskStatus.CANCELLED.messageKey());
        int first = r + 1;
        for (BudgetTotal source : export.budget().bySource()) {
            Row row = sheet.createRow(++r);
            text(row, 1, text.get("export.xlsx.sourceTotals")).setCellStyle(styles.italic);
            Cell sum = row.createCell(7);
            sum.setCellStyle(styles.integer);
            String amounts = absolute(SOURCE_COLUMN + source.source().ordinal(), FIRST_DATA_ROW, last);
            sum.setCellFormula("SUMIFS(" + amounts + "," + statuses + ",\"<>" + cancelled + "\")");
            text(row, 8, text.get(source.source().messageKey()));
        }
        Row total = sheet.createRow(++r);
        Cell label = total.createCell(1);
        label.setCellStyle(styles.totalLabel);
        label.setCellValue(text.get("export.xlsx.total"));
        Cell sum = total.createCell(7);
        sum.setCellStyle(styles.totalInteger);
        sum.setCellFormula("SUM(" + range(7, first, r - 1) + ")");
    }

    // ------------------------------------------------------------------ building blocks

    private Sheet sheet(String nameKey, int[] widths) {
        Sheet sheet = wb.createSheet(text.get(nameKey));
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        return sheet;
    }

    private void title(Sheet sheet, String title) {
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellStyle(styles.title);
        setText(cell, title);
    }

    private void subtitle(Sheet sheet, String subtitle) {
        Row row = sheet.getRow(1) == null ? sheet.createRow(1) : sheet.getRow(1);
        Cell cell = row.createCell(0);
        cell.setCellStyle(styles.italic);
        setText(cell, subtitle);
    }

    private void header(Sheet sheet, String... keys) {
        headerLabels(sheet, text.all(keys));
    }

    private void headerLabels(Sheet sheet, List<String> labels) {
        Row row = sheet.createRow(HEADER_ROW);
        int lines = 1;
        for (int c = 0; c < labels.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.header);
            String label = labels.get(c);
            cell.setCellValue(label);
            lines = Math.max(lines, lines(label, sheet.getColumnWidth(c) / 256));
        }
        row.setHeightInPoints(lines * LINE_HEIGHT + 4);
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    private void filter(Sheet sheet, int lastRow, int lastColumn) {
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow, 0, lastColumn));
    }

    /** An empty table says so, on the row where the data would start; the header still gets its filter. */
    private void empty(Sheet sheet, String message, int columns) {
        Row row = sheet.createRow(FIRST_DATA_ROW);
        Cell cell = row.createCell(0);
        cell.setCellStyle(styles.italic);
        cell.setCellValue(message);
        sheet.addMergedRegion(new CellRangeAddress(FIRST_DATA_ROW, FIRST_DATA_ROW, 0, columns - 1));
        filter(sheet, HEADER_ROW, columns - 1);
    }

    private void note(Sheet sheet, int rowIndex, String note, int columns) {
        Row row = sheet.createRow(rowIndex);
        Cell cell = row.createCell(0);
        cell.setCellStyle(styles.note);
        setText(cell, note);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
        int width = 0;
        for (int c = 0; c < columns; c++) {
            width += sheet.getColumnWidth(c) / 256;
        }
        row.setHeightInPoints(lines(note, width) * LINE_HEIGHT + 4);
    }

    private Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.text);
        if (value != null) {
            setText(cell, value);
        }
        return cell;
    }

    /** Writes text into a cell, formula-like text kept as text ({@link XlsxText}). */
    private void setText(Cell cell, String value) {
        xlsxText.set(cell, ExportText.clean(value));
    }

    private void integer(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.integer);
        cell.setCellValue(value);
    }

    /** A whole number as #,##0, a fraction as #,##0.00; nothing for a missing value. */
    private void number(Row row, int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        boolean whole = value == null || value.stripTrailingZeros().scale() <= 0;
        cell.setCellStyle(whole ? styles.integer : styles.decimal);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    /** A share (0–1) shown as a percentage with one decimal. */
    private void percent(Row row, int column, BigDecimal share) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.percent);
        if (share != null) {
            cell.setCellValue(share.doubleValue());
        }
    }

    private void date(Row row, int column, LocalDate date) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.date);
        if (date != null) {
            cell.setCellValue(date);
        }
    }

    /** Makes a data row tall enough for the wrapped text of one column. */
    private static void fit(Row row, int column, int widthInCharacters) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return;
        }
        int lines = lines(cell.getStringCellValue(), widthInCharacters);
        float height = lines * LINE_HEIGHT + 2;
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }

    private static int lines(String content, int widthInCharacters) {
        if (content == null || content.isEmpty()) {
            return 1;
        }
        int perLine = Math.max(1, (int) (widthInCharacters * 1.1));
        int lines = 0;
        for (String line : content.split("\\R")) {
            lines += Math.max(1, (line.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    private static String range(int column, int firstRow, int lastRow) {
        return new CellReference(firstRow, column).formatAsString() + ":"
                + new CellReference(lastRow, column).formatAsString();
    }

    private static String absolute(int column, int firstRow, int lastRow) {
        return new CellReference(firstRow, column, true, true).formatAsString() + ":"
                + new CellReference(lastRow, column, true, true).formatAsString();
    }

    /** The few cell styles of the workbook, shared by all cells. */
    private final class Styles {
        final CellStyle title;
        final CellStyle italic;
        final CellStyle header;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle wholePercent;
        final CellStyle yesNo;
        final CellStyle date;
        final CellStyle note;
        final CellStyle totalLabel;
        final CellStyle totalInteger;
        final CellStyle totalApproved;

        Styles() {
            Font bold = font(true, false, 12);
            Font italicFont = font(false, true, 12);
            var format = wb.createDataFormat();

            title = wb.createCellStyle();
            title.setFont(font(true, false, 14));
            italic = wb.createCellStyle();
            italic.setFont(italicFont);
            note = wb.createCellStyle();
            note.setFont(italicFont);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);

            header = bordered();
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            text = bordered();
            text.setWrapText(true);
            integer = numeric(format.getFormat("#,##0"));
            decimal = numeric(format.getFormat("#,##0.00"));
            percent = numeric(format.getFormat("0.0%"));
            wholePercent = numeric(format.getFormat("0%"));
            yesNo = numeric(format.getFormat("\"" + text("export.xlsx.yes") + "\";\"" + text("export.xlsx.yes")
                    + "\";\"" + text("export.xlsx.no") + "\""));
            yesNo.setAlignment(HorizontalAlignment.CENTER);
            date = numeric(format.getFormat("dd/mm/yyyy"));
            date.setAlignment(HorizontalAlignment.CENTER);

            totalLabel = bordered();
            totalLabel.setFont(bold);
            totalInteger = numeric(format.getFormat("#,##0"));
            totalInteger.setFont(bold);
            totalApproved = numeric(format.getFormat("0\" " + text("export.xlsx.approvedCount") + "\""));
            totalApproved.setFont(bold);
        }

        private String text(String key) {
            return PlanTablesWriter.this.text.get(key);
        }

        private Font font(boolean bold, boolean italic, int points) {
            Font font = wb.createFont();
            font.setFontName(WordDocument.FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private CellStyle bordered() {
            CellStyle style = wb.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private CellStyle numeric(short dataFormat) {
            CellStyle style = bordered();
            style.setDataFormat(dataFormat);
            return style;
        }
    }
}
