package vn.itplan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.indicator.Aggregation;
import vn.itplan.plan.PlanFigures;
import vn.itplan.plan.PlanFiguresService;
import vn.itplan.plan.PlanService;
import vn.itplan.plan.PlanViews;
import vn.itplan.rollup.Figure;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.NotFoundException;

/**
 * The .docx opened with POI: demo plan 263/KH-UBND reads like the original's header, title, legal bases and
 * sections I–II, with its tasks appendix and budget total; a plan with hand-made reports shows its figures "2/3"
 * with coverage and a partial-data note; an empty draft still exports and says what is missing.
 */
@PostgresTest
class PlanDocumentTest {

    static final List<String> BASES_263 = List.of(
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
    static final Path SAMPLES = Path.of("target", "export-samples");

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

    Docx docx(Long planId, String sample) throws IOException {
        ExportFile file = exports.document(planId);
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(sample), file.content());
        return new Docx(file.content());
    }

    // ---------------------------------------------------------------- demo plan 263/KH-UBND

    @Test
    void plan263HasTheHeaderNumberPlaceDateAndTitleOfTheOriginal() throws IOException {
        ExportFile file = exports.document(demoPlanId());
        assertThat(file.fileName()).isEqualTo("KH-263-UBND-2015.docx");
        assertThat(file.contentType()).isEqualTo(ExportFile.DOCX);

        Docx doc = docx(demoPlanId(), "KH-263-UBND-2015.docx");
        List<String> lines = doc.lines;
        assertThat(lines.get(0))
                .isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH KON TUM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        + "Độc lập - Tự do - Hạnh phúc");
        assertThat(lines.get(1)).isEqualTo("Số: 263/KH-UBND | Kon Tum, ngày 10 tháng 02 năm 2015");
        assertThat(lines.get(2)).isEqualTo("KẾ HOẠCH");
        assertThat(lines.get(3))
                .isEqualTo("ỨNG DỤNG VÀ PHÁT TRIỂN CÔNG NGHỆ THÔNG TIN TRONG HOẠT ĐỘNG CỦA CƠ QUAN NHÀ NƯỚC NĂM 2015");
        assertThat(doc.text()).doesNotContain("DỰ THẢO");

        assertThat(doc.runsOf("ỦY BAN NHÂN DÂN")).allMatch(XWPFRun::isBold);
        assertThat(doc.runsOf("TỈNH KON TUM")).allMatch(XWPFRun::isBold);
        assertThat(doc.runsOf("Độc lập - Tự do - Hạnh phúc")).allMatch(XWPFRun::isBold);
        assertThat(doc.runsOf("Kon Tum, ngày 10 tháng 02 năm 2015")).allMatch(XWPFRun::isItalic);
        assertThat(doc.runsOf("KẾ HOẠCH")).allMatch(XWPFRun::isBold);
        // the header is a borderless table
        var header = doc.doc.getTables().get(0).getCTTbl().getTblPr();
        assertThat(header.isSetTblBorders()).isFalse();
        assertThat(header.isSetTblStyle()).isFalse();
        assertThat(doc.doc.getTables().stream()
                        .filter(t -> t.getRow(0).getCell(0).getText().equals("STT")))
                .as("data tables (figures, targets, tasks, sources and their units) have lines")
                .hasSize(5)
                .allSatisfy(t ->
                        assertThat(t.getCTTbl().getTblPr().isSetTblBorders()).isTrue());
    }

    @Test
    void plan263ListsItsElevenLegalBasesInTheSeedsOrderUnderSectionI() throws IOException {
        Docx doc = docx(demoPlanId(), "KH-263-UBND-2015.docx");
        int sectionI = doc.indexOf("I. Căn cứ lập Kế hoạch");
        int sectionII = doc.indexOf("II. Hiện trạng ứng dụng CNTT trong hoạt động của cơ quan nhà nước");
        assertThat(sectionI).isGreaterThan(3);
        assertThat(sectionII).isEqualTo(sectionI + 12);

        List<String> bases = doc.lines.subList(sectionI + 1, sectionII);
        assertThat(bases).hasSize(11).allMatch(l -> l.startsWith("- "));
        for (int i = 0; i < BASES_263.size(); i++) {
            assertThat(bases.get(i)).as("basis " + (i + 1)).contains(" " + BASES_263.get(i) + " ");
        }
        assertThat(bases.get(0)).isEqualTo("- Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/6/2006;");
        assertThat(bases.get(2))
                .isEqualTo("- Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ về ứng dụng công"
                        + " nghệ thông tin trong hoạt động của cơ quan nhà nước;");
        assertThat(bases.get(3))
                .isEqualTo("- Quyết định số 1605/QĐ-TTg ngày 27/8/2010 của Thủ tướng Chính phủ phê duyệt"
                        + " Chương trình quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn"
                        + " 2011 - 2015;");
        assertThat(bases.get(9))
                .startsWith("- Công văn số 2016/BTTTT-THH ngày 18/7/2014 của Bộ Thông tin và Truyền"
                        + " thông về việc đôn đốc triển khai");
        assertThat(bases.get(10))
                .startsWith("- Công văn số 1635/VP-VX ngày 17/11/2014 của Văn phòng UBND tỉnh Kon Tum")
                .endsWith(".");
    }

    @Test
    void plan263HasSectionsIAndIIWithTheSeedsTextAndBoldHeadings() throws IOException {
        Docx doc = docx(demoPlanId(), "KH-263-UBND-2015.docx");
        List<String> headings = List.of(
                "I. Căn cứ lập Kế hoạch",
                "II. Hiện trạng ứng dụng CNTT trong hoạt động của cơ quan nhà nước",
                "1. Môi trường pháp lý",
                "2. Hạ tầng kỹ thuật",
                "3. Ứng dụng Công nghệ thông tin trong hoạt động nội bộ tại các cơ quan nhà nước",
                "3.1. Tình hình sử dụng hệ thống thư điện tử",
                "3.2. Tình hình sử dụng phần mềm văn phòng điện tử - eOffice");
        int previous = -1;
        for (String heading : headings) {
            int at = doc.indexOf(heading);
            assertThat(at).as(heading).isGreaterThan(previous);
            previous = at;
            assertThat(doc.runsOf(heading)).as(heading).isNotEmpty().allMatch(XWPFRun::isBold);
        }
        assertThat(doc.runsOf("3.1. Tình hình sử dụng hệ thống thư điện tử")).allMatch(XWPFRun::isItalic);

        String text = doc.text();
        assertThat(text)
                .contains("Nhận thức được tầm quan trọng của việc ứng dụng công nghệ thông tin trong quản lý,"
                        + " chỉ đạo điều hành phát triển kinh tế xã hội, an ninh quốc phòng");
        assertThat(doc.lines)
                .contains("- Trong năm 2014 được sự quan tâm của UBND tỉnh, các đơn vị đã tiến hành triển"
                        + " khai nâng cấp hệ thống mạng LAN");
        assertThat(text).contains("Đến nay khoảng 60% đơn vị sử dụng hộp thư điện tử thường xuyên phục vụ công tác.");
        assertThat(text)
                .contains("eOffice được 29/29 đơn vị; triển khai thêm cho Văn phòng Đoàn đại biểu QH và HĐND tỉnh.");

        // depth indents: 3.1. sits further right than 3., which sits further right than II.
        XWPFParagraph top = paragraph(doc, "II. Hiện trạng ứng dụng CNTT trong hoạt động của cơ quan nhà nước");
        XWPFParagraph second = paragraph(doc, "2. Hạ tầng kỹ thuật");
        XWPFParagraph third = paragraph(doc, "3.1. Tình hình sử dụng hệ thống thư điện tử");
        assertThat(indent(top)).isLessThan(indent(second));
        assertThat(indent(second)).isLessThan(indent(third));
    }

    @Test
    void plan263IsTimesNewRomanOnA4WithTheDecreesMargins() throws IOException {
        Docx doc = docx(demoPlanId(), "KH-263-UBND-2015.docx");
        assertThat(doc.runs()).isNotEmpty().allSatisfy(run -> {
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Times New Roman");
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.hAnsi)).isEqualTo("Times New Roman");
            assertThat(run.getFontSizeAsDouble()).isBetween(11.0, 14.0);
        });
        assertThat(doc.doc.getParagraphs().stream()
                        .flatMap(p -> p.getRuns().stream())
                        .filter(r -> !r.text().isEmpty()))
                .as("the text outside tables is in 13–14 pt")
                .isNotEmpty()
                .allSatisfy(run -> assertThat(run.getFontSizeAsDouble()).isBetween(13.0, 14.0));

        // the text: A4 portrait; the appendix: A4 landscape
        CTSectPr text = doc.doc.getParagraphs().stream()
                .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                .findFirst()
                .orElseThrow()
                .getCTP()
                .getPPr()
                .getSectPr();
        assertThat(twips(text.getPgSz().getW())).isEqualTo(11906);
        assertThat(twips(text.getPgSz().getH())).isEqualTo(16838);
        assertThat(twips(text.getPgMar().getTop())).isBetween(mm(20), mm(25));
        assertThat(twips(text.getPgMar().getBottom())).isBetween(mm(20), mm(25));
        assertThat(twips(text.getPgMar().getLeft())).isBetween(mm(30), mm(35));
        assertThat(twips(text.getPgMar().getRight())).isBetween(mm(15), mm(20));
        assertThat(text.isSetTitlePg()).as("no page number on the first page").isTrue();
        CTSectPr appendix = doc.doc.getDocument().getBody().getSectPr();
        assertThat(twips(appendix.getPgSz().getW())).isEqualTo(16838);
        assertThat(twips(appendix.getPgSz().getH())).isEqualTo(11906);
        assertThat(appendix.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        assertThat(doc.doc.getHeaderList())
                .anySatisfy(h -> assertThat(h._getHdrFtr().xmlText()).contains(" PAGE "));
    }

    @Test
    void plan263HasItsTasksAppendixWithTheBudgetTotalAndTheSignature() throws IOException {
        Docx doc = docx(demoPlanId(), "KH-263-UBND-2015.docx");
        int appendix = doc.indexOf("DANH MỤC NHIỆM VỤ, DỰ ÁN");
        assertThat(appendix).isPositive();
        assertThat(doc.lines.get(appendix - 1)).isEqualTo("Phụ lục I");
        assertThat(doc.lines.get(appendix + 1))
                .isEqualTo("(Kèm theo Kế hoạch số 263/KH-UBND ngày 10 tháng 02 năm 2015 của Ủy ban nhân dân"
                        + " tỉnh Kon Tum)");
        assertThat(doc.lines.get(appendix + 2))
                .isEqualTo("STT | Tên nhiệm vụ | Mục tiêu, quy mô | Đơn vị chủ trì |"
                        + " Đơn vị phối hợp | Thời gian thực hiện | Kinh phí (đồng) | Nguồn vốn");
        assertThat(doc.lines.get(appendix + 3))
                .startsWith("1 | Nâng cấp mạng LAN và trang bị tường lửa cho các sở, ban," + " ngành | ")
                .contains("| 01/03/2015 -\n30/11/2015 | 2.500.000.000 | Ngân sách tỉnh");
        assertThat(doc.lines)
                .contains(
                        "Tổng cộng | 5.940.000.000 | ",
                        "- Ngân sách trung ương | 290.000.000 | ",
                        "- Ngân sách tỉnh | 5.500.000.000 | ",
                        "- Nguồn khác | 150.000.000 | ");
        assertThat(plans.budget(demoPlanId()).total()).isEqualTo(5_940_000_000L);

        int signature = doc.indexOfContaining("Nơi nhận:");
        assertThat(signature).isBetween(0, appendix);
        assertThat(doc.lines.get(signature))
                .contains("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
                .endsWith("Lại Xuân Lâm")
                .contains("- Lưu: VT, STTTT.");
        assertThat(doc.runsOf("Lại Xuân Lâm")).allMatch(XWPFRun::isBold);
        assertThat(doc.runsOf("TM. ỦY BAN NHÂN DÂN")).allMatch(XWPFRun::isBold);
    }

    @Test
    void plan263ShowsItsBaselineFiguresOrSaysThereAreNoneYet() throws IOException {
        Docx doc = docx(demoPlanId(), "KH-263-UBND-2015.docx");
        PlanFigures figures = planFigures.figures(demoPlanId());
        int caption =
                doc.indexOf("Bảng 1. Số liệu hiện trạng ứng dụng công nghệ thông tin (tổng hợp từ báo cáo đã duyệt"
                        + " kỳ Năm 2014)");
        assertThat(caption).isGreaterThan(doc.indexOf("3.2. Tình hình sử dụng phần mềm văn phòng điện tử - eOffice"));
        if (figures.baseline().coverage().empty()) {
            assertThat(doc.lines.get(caption + 1))
                    .isEqualTo("Chưa có báo cáo được duyệt của kỳ Năm 2014, nên chưa có số liệu hiện trạng.");
        } else {
            // once the demo 2014 reports are in: eOffice at 29/29 units
            Figure eoffice = figures.baseline().figures().get("UD04");
            String units =
                    eoffice.numerator().intValue() + "/" + eoffice.denominator().intValue() + " đơn vị";
            assertThat(doc.lines).anySatisfy(l -> assertThat(l)
                    .contains("| Tỷ lệ đơn vị triển khai phần mềm quản lý" + " văn bản và điều hành (eOffice) | "
                            + units + " | "));
        }
        int targets = doc.indexOf("Bảng 2. Chỉ tiêu năm 2015 và kết quả thực hiện");
        assertThat(targets).isGreaterThan(caption);
        // the demo targets are made up, and the document says so
        assertThat(doc.lines.get(targets + 2))
                .startsWith("1 | Tỷ lệ máy tính kết nối Internet băng rộng (*) | 85% | 95% |");
        assertThat(doc.lines).contains("(*) Chỉ tiêu mẫu của dữ liệu trình diễn, không lấy từ văn bản gốc.");
    }

    // ---------------------------------------------------------------- hand-made figures

    @Test
    void figuresFromHandMadeReportsShowTwoOfThreeUnitsWithTheirCoverageAndAPartialNote() throws IOException {
        Docx doc = docx(data.plan, "figures.docx");
        PlanFigures figures = planFigures.figures(data.plan);
        int expected = figures.baseline().coverage().expected();
        assertThat(figures.baseline().coverage().approved()).isEqualTo(3);
        assertThat(expected)
                .as("every reporting unit of the province, D included")
                .isGreaterThan(4);

        String coverage = "3/" + ExportTestData.count(expected) + " đơn vị có báo cáo được duyệt";
        int caption =
                doc.indexOf("Bảng 1. Số liệu hiện trạng ứng dụng công nghệ thông tin (tổng hợp từ báo cáo đã duyệt"
                        + " kỳ Năm " + ExportTestData.YEAR + ")");
        assertThat(caption)
                .as("after section II and its children, before III")
                .isGreaterThan(doc.indexOf("1. Hạ tầng kỹ thuật"))
                .isLessThan(doc.indexOf("III. Mục tiêu"));
        assertThat(doc.lines.get(caption + 1)).isEqualTo("STT | Chỉ tiêu | Giá trị | Cơ sở số liệu");
        assertThat(doc.lines)
                .contains(
                        row(figures, "UD04")
                                + " | Tỷ lệ đơn vị triển khai phần mềm quản lý văn bản và điều hành (eOffice) | 2/3 đơn vị | "
                                + coverage,
                        row(figures, "HT03") + " | Tỷ lệ máy tính kết nối Internet băng rộng | 94,3% | " + coverage,
                        row(figures, "HT01") + " | Tỷ lệ máy tính trên cán bộ, công chức, viên chức | 0,78 máy/người | "
                                + coverage,
                        row(figures, "HT05") + " | Số máy chủ | 5 máy | " + coverage);
        assertThat(doc.text())
                .contains("Ghi chú: số liệu chưa đầy đủ, mới tổng hợp từ báo cáo đã duyệt của 3/"
                        + ExportTestData.count(expected) + " đơn vị; đơn vị chưa có báo cáo được duyệt: ");
        String note = doc.lines.stream()
                .filter(l -> l.startsWith("Ghi chú: số liệu chưa đầy đủ"))
                .findFirst()
                .orElseThrow();
        assertThat(note).doesNotContain("Đơn vị " + code(data.unitA));
        if (expected - 3 <= 10) {
            assertThat(note).contains("Đơn vị " + code(data.unitD));
        } else {
            assertThat(note).contains("và " + ExportTestData.count(expected - 3 - 10) + " đơn vị khác");
        }
    }

    @Test
    void targetsFollowTheirSectionWithBaselineGoalActualAndStatus() throws IOException {
        Docx doc = docx(data.plan, "figures.docx");
        // "Bảng 2", or "Bảng 3" when a test issued a plan for the year before (its results come first)
        int caption = doc.indexOfContaining(". Chỉ tiêu năm " + ExportTestData.YEAR + " và kết quả thực hiện");
        assertThat(caption)
                .isGreaterThan(doc.indexOf("III. Mục tiêu"))
                .isLessThan(doc.indexOf("IV. Tổ chức thực hiện"));
        assertThat(doc.lines.get(caption + 1))
                .isEqualTo("STT | Chỉ tiêu | Hiện trạng | Mục tiêu | Thực hiện | Đánh giá");
        assertThat(doc.lines)
                .contains(
                        "1 | Tỷ lệ máy tính kết nối Internet băng rộng | 85% | 95% | 94,3% | Chưa đủ báo cáo",
                        "2 | Tỷ lệ đơn vị triển khai phần mềm quản lý văn bản và điều hành (eOffice) | 1 đơn vị | 3 đơn vị"
                                + " | 2/3 đơn vị | Chưa đủ báo cáo");
        assertThat(doc.lines.get(caption + 4))
                .isEqualTo("Giá trị thực hiện tổng hợp từ báo cáo đã duyệt kỳ Năm " + ExportTestData.YEAR + ".");
        assertThat(doc.text()).doesNotContain("(*)");
        // the legal bases go under I.
        assertThat(doc.lines.get(doc.indexOf("I. Căn cứ lập Kế hoạch") + 1)).startsWith("- Nghị định số 64/2007/NĐ-CP");
    }

    @Test
    void appendixLeavesCancelledTasksOutOfTheTotalsAndSaysSo() throws IOException {
        Docx doc = docx(data.plan, "figures.docx");
        assertThat(doc.lines)
                .contains(
                        "Tổng cộng | 1.250.000.000 | ",
                        "- Ngân sách trung ương | 250.000.000 | ",
                        "- Ngân sách tỉnh | 1.000.000.000 | ",
                        "Tổng kinh phí không tính các nhiệm vụ đã hủy bỏ.");
        assertThat(doc.lines).noneMatch(l -> l.startsWith("- Nguồn khác"));
        assertThat(doc.lines)
                .anySatisfy(l -> assertThat(l).contains("(đã hủy bỏ)").contains("400.000.000"));
        assertThat(doc.lines).anySatisfy(l -> assertThat(l)
                .startsWith("2 | Nhiệm vụ trung ương")
                .contains("Đơn vị " + code(data.unitA), "Đơn vị " + code(data.unitC)));
        assertThat(doc.lines.get(0)).startsWith("ỦY BAN NHÂN DÂN");
        assertThat(doc.text()).contains("Kon Tum, ngày 05 tháng 3 năm " + ExportTestData.YEAR);
    }

    // ---------------------------------------------------------------- nothing in it

    @Test
    void anEmptyDraftExportsCleanlyAndSaysWhatIsMissing() throws IOException {
        ExportFile file = exports.document(empty.plan);
        assertThat(file.fileName())
                .endsWith("-" + ExportTestData.EMPTY_YEAR + "-du-thao.docx")
                .startsWith("KH-");
        Docx doc = docx(empty.plan, "empty.docx");
        assertThat(doc.lines.get(0)).isEqualTo("DỰ THẢO");
        assertThat(doc.text())
                .contains(
                        "Kon Tum, ngày … tháng … năm …",
                        "KẾ HOẠCH\nTRỐNG ",
                        "Kế hoạch chưa chọn kỳ báo cáo làm căn cứ số liệu hiện trạng.",
                        "Kế hoạch chưa có chỉ tiêu nào.",
                        "Kế hoạch chưa có nhiệm vụ nào.",
                        "(Kèm theo Kế hoạch số " + empty.number + " của Ủy ban nhân dân tỉnh Kon Tum)",
                        "- Lưu: VT, STTTT.");
        assertThat(doc.text()).doesNotContain("Căn cứ lập Kế hoạch", "null");
    }

    @Test
    void markupControlCharactersAndFormulasInTheTextAreWrittenAsPlainText() throws IOException {
        ExportTestData hostile = new ExportTestData(jdbc).hostile();
        Docx doc = docx(hostile.plan, "hostile.docx");
        assertThat(doc.text())
                .contains(
                        "KẾ HOẠCH\n<W:T>&AMP; \"THỬ\"",
                        "I. Căn cứ <i>",
                        "Dòngmột",
                        "Dòng hai ]]> <![CDATA[",
                        "=HYPERLINK(\"http://example.com\",\"bấm\")",
                        "<script>alert(1)</script>",
                        "TỈNH </W:T>KON TUM")
                .doesNotContain("\u0001", "\u0002", "\u0003", "\u000B");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(exports.tables(hostile.plan).content()))) {
            var cell = wb.getSheet("Nhiệm vụ")
                    .getRow(PlanTablesWriter.HEADER_ROW + 1)
                    .getCell(1);
            assertThat(cell.getCellType())
                    .as("text, never a formula")
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.com\",\"bấm\")");
        }
    }

    @Test
    void anUnknownPlanIsNotFound() {
        assertThatThrownBy(() -> exports.document(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.tables(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    // ---------------------------------------------------------------- helpers

    String code(long unitId) {
        return jdbc.queryForObject("select code from unit where id = ?", String.class, unitId);
    }

    /** The STT of an indicator's row in the figures table: its place among the figures. */
    static String row(PlanFigures figures, String code) {
        for (int i = 0; i < figures.figures().size(); i++) {
            if (figures.figures().get(i).indicator().getCode().equals(code)) {
                return String.valueOf(i + 1);
            }
        }
        throw new AssertionError(code + " not among the figures");
    }

    static XWPFParagraph paragraph(Docx doc, String text) {
        return doc.doc.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }

    static int indent(XWPFParagraph p) {
        return Math.max(0, p.getIndentationLeft()) + Math.max(0, p.getIndentationFirstLine());
    }

    static int twips(Object value) {
        return ((BigInteger) value).intValue();
    }

    static int mm(int millimetres) {
        return WordDocument.mm(millimetres);
    }

    static boolean isCount(Figure figure) {
        return figure.aggregation() == Aggregation.COUNT_UNITS;
    }
}
