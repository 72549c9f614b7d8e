package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Evidence files: the type from the content, never the name; safe names; the download header. */
class EvidenceFileTest {

    static final byte[] TINY_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Biên bản kiểm kê");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Bảng kê").createRow(0).createCell(0).setCellValue("Máy tính");
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void acceptedTypesAreRecognisedFromTheirBytes() throws IOException {
        assertThat(EvidenceType.detect(TINY_PDF)).isEqualTo(EvidenceType.PDF);
        assertThat(EvidenceType.detect(PNG)).isEqualTo(EvidenceType.PNG);
        assertThat(EvidenceType.detect(JPEG)).isEqualTo(EvidenceType.JPEG);
        assertThat(EvidenceType.detect(docx())).isEqualTo(EvidenceType.DOCX);
        assertThat(EvidenceType.detect(xlsx())).isEqualTo(EvidenceType.XLSX);
    }

    @Test
    void anythingElseIsRefused() throws IOException {
        assertThat(EvidenceType.detect(EXE)).as("an executable").isNull();
        assertThat(EvidenceType.detect("Báo cáo năm 2014".getBytes(StandardCharsets.UTF_8)))
                .as("text")
                .isNull();
        assertThat(EvidenceType.detect(new byte[0])).isNull();
        assertThat(EvidenceType.detect(zip("a.txt", "b.exe"))).as("a plain zip").isNull();
        assertThat(EvidenceType.detect(zip("[Content_Types].xml", "ppt/slides/slide1.xml")))
                .as("PowerPoint")
                .isNull();
        assertThat(EvidenceType.detect(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")))
                .as("macro-enabled Word")
                .isNull();
        assertThat(EvidenceType.detect(zip("word/document.xml")))
                .as("no [Content_Types].xml")
                .isNull();
        byte[] truncated = java.util.Arrays.copyOf(zip("[Content_Types].xml", "word/document.xml"), 40);
        assertThat(EvidenceType.detect(truncated)).as("a broken zip").isNull();
    }

    @Test
    void namesKeepOnlyTheLastSegmentAndGetTheDetectedExtension() {
        assertThat(FileNames.sanitise("../../x.pdf", EvidenceType.PDF)).isEqualTo("x.pdf");
        assertThat(FileNames.sanitise("..\\..\\windows\\system32\\x.pdf", EvidenceType.PDF))
                .isEqualTo("x.pdf");
        assertThat(FileNames.sanitise("/etc/passwd", EvidenceType.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileNames.sanitise("ảnh chụp.pdf", EvidenceType.PNG))
                .as("the content decides")
                .isEqualTo("ảnh chụp.png");
        assertThat(FileNames.sanitise("Biên bản \u202Egnp.exe", EvidenceType.PDF))
                .isEqualTo("Biên bản gnp.pdf");
        assertThat(FileNames.sanitise("a<b>:c\"d|e?f*g\u0000h.docx", EvidenceType.DOCX))
                .isEqualTo("abcdefgh.docx");
        assertThat(FileNames.sanitise("...", EvidenceType.PDF)).isEqualTo("tai-lieu-kiem-chung.pdf");
        assertThat(FileNames.sanitise(null, EvidenceType.XLSX)).isEqualTo("tai-lieu-kiem-chung.xlsx");
        assertThat(FileNames.sanitise("a".repeat(400) + ".pdf", EvidenceType.PDF))
                .hasSize(FileNames.MAX_LENGTH);
    }

    @Test
    void theDownloadHeaderKeepsVietnameseNamesWithAnAsciiFallback() {
        String header = FileNames.contentDisposition("Biên bản kiểm kê \"2014\".pdf");
        assertThat(header)
                .isEqualTo("attachment; filename=\"Bien ban kiem ke _2014_.pdf\"; "
                        + "filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20ki%E1%BB%83m%20k%C3%AA%20%222014%22.pdf");
        assertThat(FileNames.contentDisposition("Đắk Hà.xlsx")).contains("filename=\"Dak Ha.xlsx\"");
    }

    @Test
    void sha256IsHex() {
        assertThat(AttachmentService.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
