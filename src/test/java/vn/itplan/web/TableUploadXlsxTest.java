package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader of workbooks: values as a person reads them (whole numbers without ".0", decimals to Excel's
 * 15 digits, dates as ISO dates, numbers in other formats as shown), cells at their columns when others are missing,
 * row numbers as in the file, and the formulas and merged cells of {@link TableUpload#readChecked}.
 */
class TableUploadXlsxTest {

    @Test
    void valuesColumnsRowsFormulasAndMergedCells() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("x");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle fixed = workbook.createCellStyle();
            fixed.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("code");
            header.createCell(1).setCellValue("count");
            header.createCell(2).setCellValue("rate");
            header.createCell(3).setCellValue("since");
            header.createCell(4).setCellValue("fixed");
            Row first = sheet.createRow(2); // row 3 of the file: row 2 is blank
            first.createCell(0).setCellValue("DAKTO");
            first.createCell(1).setCellValue(40);
            first.createCell(2).setCellValue(0.1 + 0.2);
            first.createCell(3).setCellValue(LocalDate.of(2015, 3, 1));
            first.getCell(3).setCellStyle(date);
            first.createCell(4).setCellValue(2.5);
            first.getCell(4).setCellStyle(fixed);
            Row second = sheet.createRow(3);
            second.createCell(0).setCellValue("SNV");
            second.createCell(2).setCellFormula("1+1"); // column B missing
            sheet.addMergedRegion(new CellRangeAddress(5, 6, 0, 0));
            sheet.createRow(5).createCell(0).setCellValue("X");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }
        TableUpload.Checked checked = TableUpload.readChecked("a.xlsx", file, 10);
        TableUpload.Table table = checked.table();
        assertThat(table.header()).containsExactly("code", "count", "rate", "since", "fixed");
        assertThat(table.lines().get(0).number()).isEqualTo(3);
        assertThat(table.lines().get(0).cells()).containsExactly("DAKTO", "40", "0.3", "2015-03-01", "2.50");
        assertThat(table.lines().get(1).number()).isEqualTo(4);
        assertThat(table.lines().get(1).cell(0)).isEqualTo("SNV");
        assertThat(table.lines().get(1).cell(1)).isEmpty();
        assertThat(checked.formulaCells()).containsExactly("C4");
        assertThat(checked.mergedCells()).containsExactly("A6:A7");
    }

    @Test
    void columnsOfReferences() {
        assertThat(TableUpload.column("A1")).isZero();
        assertThat(TableUpload.column("Z9")).isEqualTo(25);
        assertThat(TableUpload.column("AB12")).isEqualTo(27);
        assertThat(TableUpload.column("$C$3")).isEqualTo(2);
    }
}
