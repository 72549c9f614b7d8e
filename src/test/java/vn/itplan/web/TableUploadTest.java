package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one reader of uploaded tables: CSV and .xlsx into a header and rows of text. */
class TableUploadTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<List<String>> cells(TableUpload.Table table) {
        return table.lines().stream().map(TableUpload.Line::cells).toList();
    }

    @Test
    void csvWithAByteOrderMarkAndCommas() throws Exception {
        TableUpload.Table table = TableUpload.read("a.csv", utf8("\uFEFFcode,name\r\nA,Alpha\r\nB,Beta\r\n"), 10);

        assertThat(table.header()).containsExactly("code", "name");
        assertThat(cells(table)).containsExactly(List.of("A", "Alpha"), List.of("B", "Beta"));
        assertThat(table.lines()).extracting(TableUpload.Line::number).containsExactly(2, 3);
    }

    @Test
    void csvWithSemicolonsAndNoByteOrderMark() throws Exception {
        TableUpload.Table table = TableUpload.read("a.txt", utf8("code;name\nA;Alpha, Ltd\n"), 10);

        assertThat(table.header()).containsExactly("code", "name");
        assertThat(cells(table)).containsExactly(List.of("A", "Alpha, Ltd"));
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws Exception {
        String csv = "code,name\n\"A\",\"Alpha, \"\"the first\"\"\nsecond line\"\n\nB,Beta\n";

        TableUpload.Table table = TableUpload.read("a.csv", utf8(csv), 10);

        assertThat(cells(table))
                .containsExactly(List.of("A", "Alpha, \"the first\"\nsecond line"), List.of("B", "Beta"));
        assertThat(table.lines()).extracting(TableUpload.Line::number).containsExactly(2, 4);
    }

    @Test
    void whatTheDownloadWritesIsReadBackUnchanged() throws Exception {
        List<List<String>> rows = List.of(List.of("code", "name"), List.of("=A", "x, \"y\"\r\nz"));

        TableUpload.Table table = TableUpload.parseCsv(TableDownload.csvText(rows), 10);

        assertThat(table.header()).containsExactly("code", "name");
        assertThat(cells(table)).containsExactly(List.of("=A", "x, \"y\"\r\nz"));
    }

    @Test
    void xlsxNumbersAndDatesAreText() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("units");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("code");
            header.createCell(1).setCellValue("count");
            header.createCell(2).setCellValue("valid from");
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("A");
            row.createCell(1).setCellValue(12345);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            row.createCell(2).setCellValue(LocalDate.of(2026, 3, 1));
            row.getCell(2).setCellStyle(date);
            book.write(out);
            xlsx = out.toByteArray();
        }

        TableUpload.Table table = TableUpload.read("units.XLSX", xlsx, 10);

        assertThat(table.header()).containsExactly("code", "count", "valid from");
        assertThat(cells(table)).containsExactly(List.of("A", "12345", "2026-03-01"));
        assertThat(table.lines().get(0).number()).isEqualTo(3);
    }

    @Test
    void headerNamesMatchNormalisedWithAliases() throws Exception {
        TableUpload.Table table = TableUpload.read("a.csv", utf8("Mã đơn vị; Parent_Code ;Tên\nA;;Alpha\n"), 10);

        Map<String, Integer> columns =
                table.columns(Map.of("mã đơn vị", "code", "parent code", "parent", "ten", "name", "kind", "kind"));

        assertThat(columns).containsExactly(Map.entry("code", 0), Map.entry("parent", 1), Map.entry("name", 2));
        assertThat(table.lines().get(0).cell(columns.get("name"))).isEqualTo("Alpha");
        assertThat(table.lines().get(0).cell(columns.get("kind"))).isEmpty();
    }

    @Test
    void tooManyRowsAreRefusedWithTheirCount() {
        assertThatThrownBy(() -> TableUpload.read("a.csv", utf8("code\nA\n\nB\nC\n"), 2))
                .isInstanceOfSatisfying(TableUpload.BadFile.class, e -> {
                    assertThat(e.reason()).isEqualTo(TableUpload.Reason.TOO_MANY);
                    assertThat(e.rows()).isEqualTo(3);
                    assertThat(e.maxRows()).isEqualTo(2);
                });
    }

    @Test
    void filesThatCannotBeUsed() throws IOException {
        assertThat(reason("notes.pdf", utf8("%PDF-1.4"))).isEqualTo(TableUpload.Reason.TYPE);
        assertThat(reason("a.csv", new byte[] {(byte) 0xC3, (byte) 0x28})).isEqualTo(TableUpload.Reason.UNREADABLE);
        assertThat(reason("a.csv", utf8("code\n\"A\n"))).isEqualTo(TableUpload.Reason.UNREADABLE);
        assertThat(reason("a.xlsx", utf8("code\nA\n"))).isEqualTo(TableUpload.Reason.UNREADABLE);
        // an encrypted (password-protected) workbook is an OLE2 container, not a zip
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(reason("secret.xlsx", ole2)).isEqualTo(TableUpload.Reason.UNREADABLE);
        assertThat(reason("a.csv", utf8("\uFEFF\n , \n"))).isEqualTo(TableUpload.Reason.EMPTY);
        assertThat(reason("a.csv", new byte[0])).isEqualTo(TableUpload.Reason.EMPTY);
    }

    private static TableUpload.Reason reason(String filename, byte[] content) {
        try {
            TableUpload.read(filename, content, 10);
            return null;
        } catch (TableUpload.BadFile e) {
            return e.reason();
        }
    }
}
