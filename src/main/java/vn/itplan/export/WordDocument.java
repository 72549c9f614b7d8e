package vn.itplan.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Low-level Word writing for the plan document, knowing nothing of plans: page set-up (A4, the margins of an
 * administrative document), paragraphs and runs in Times New Roman, short rules, fixed-width tables, page numbers.
 * Lengths are in twips (1/1440 inch); {@link #mm} converts. Every text goes through {@link ExportText#clean}.
 */
final class WordDocument implements AutoCloseable, DocumentOut {

    /** How far a section heading is indented per level of the tree. */
    static final int DEPTH_INDENT = mm(5);

    static final String FONT = "Times New Roman";
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    /** The width of the text on a portrait page, and on a landscape one. */
    static final int TEXT_WIDTH = A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;

    static final int WIDE_TEXT_WIDTH = A4_LONG - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int FIRST_LINE = mm(10);
    /** Font sizes (points): running text, header block and notes, tables. */
    static final int BODY = 14;

    static final int HEADER = 13;
    static final int TABLE = 12;

    private final XWPFDocument doc = new XWPFDocument();

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    /** Times New Roman everywhere, Vietnamese spelling, and the file's title, subject and author. */
    void defaults(String title, String subject, String creator) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        var styles = doc.createStyles();
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("vi-VN");
        var properties = doc.getProperties().getCoreProperties();
        properties.setTitle(ExportText.clean(title));
        properties.setSubjectProperty(ExportText.clean(subject));
        properties.setCreator(ExportText.clean(creator));
    }

    byte[] bytes() throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    // ------------------------------------------------------------------ pages

    private static void page(CTSectPr section, int width, int height, STPageOrientation.Enum orientation) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(width));
        size.setH(BigInteger.valueOf(height));
        size.setOrient(orientation);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        margins.setGutter(BigInteger.ZERO);
    }

    /**
     * Closes what was written so far as a portrait section (its first page with a header of its own) with a section
     * break; what follows is the last section.
     */
    CTSectPr endPortraitSection() {
        XWPFParagraph p = doc.createParagraph();
        CTSectPr section = p.getCTP().addNewPPr().addNewSectPr();
        page(section, A4_SHORT, A4_LONG, STPageOrientation.PORTRAIT);
        section.addNewTitlePg();
        return section;
    }

    /** Makes the last section (what follows the last section break) landscape A4. */
    void lastSectionLandscape() {
        var body = doc.getDocument().getBody();
        page(
                body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr(),
                A4_LONG,
                A4_SHORT,
                STPageOrientation.LANDSCAPE);
    }

    /**
     * The page number at the top centre of every page but the first of {@code firstSection}; the last section keeps
     * numbering on its first page.
     */
    void pageNumbers(CTSectPr firstSection) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.getParagraphs().isEmpty()
                ? header.createParagraph()
                : header.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "", HEADER).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(p, "", HEADER).getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(p, "", HEADER).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "2", HEADER);
        run(p, "", HEADER).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        CTHdrFtrRef reference = firstSection.addNewHeaderReference();
        reference.setType(STHdrFtr.DEFAULT);
        reference.setId(doc.getRelationId(header));
        // the first page has a header of its own, left empty
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        if (first.getParagraphs().isEmpty()) {
            first.createParagraph();
        }
        CTHdrFtrRef firstReference = firstSection.addNewHeaderReference();
        firstReference.setType(STHdrFtr.FIRST);
        firstReference.setId(doc.getRelationId(first));
        CTSectPr last = doc.getDocument().getBody().getSectPr();
        for (int i = last.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
            if (last.getHeaderReferenceArray(i).getType() == STHdrFtr.FIRST) {
                last.removeHeaderReference(i);
            }
        }
        if (last.isSetTitlePg()) {
            last.unsetTitlePg();
        }
    }

    // ------------------------------------------------------------------ paragraphs and runs

    XWPFParagraph paragraph() {
        return doc.createParagraph();
    }

    /** Running text: justified, first line indented, 6 pt after. */
    XWPFParagraph bodyParagraph() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.1, LineSpacingRule.AUTO);
        return p;
    }

    /** A section heading: bold (italic from depth 2), indented by its depth, kept with what follows. */
    @Override
    public void heading(String title, int depth) {
        XWPFParagraph heading = bodyParagraph();
        heading.setIndentationLeft(depth * DEPTH_INDENT);
        heading.setKeepNext(true);
        XWPFRun run = run(heading, title, BODY);
        run.setBold(true);
        run.setItalic(depth >= 2);
    }

    @Override
    public void paragraph(String text) {
        run(bodyParagraph(), text, BODY);
    }

    @Override
    public void table(int[] widths, List<String> header, List<List<Cell>> rows) {
        XWPFTable table = table(widths, 1 + rows.size(), true);
        header(table, header);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<Cell> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                cell(row.getCell(c), cells.get(c).text(), alignment(cells.get(c).align()), false);
            }
        }
    }

    private static ParagraphAlignment alignment(Align align) {
        return switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
        };
    }

    /** A table's caption, bold and centred, kept with the table. */
    @Override
    public void caption(String caption) {
        XWPFParagraph p = doc.createParagraph();
        centred(p);
        p.setSpacingBefore(120);
        p.setSpacingAfter(120);
        p.setKeepNext(true);
        run(p, caption, HEADER).setBold(true);
    }

    @Override
    public void note(String note, boolean italic) {
        XWPFParagraph p = bodyParagraph();
        p.setSpacingBefore(60);
        run(p, note, HEADER).setItalic(italic);
    }

    @Override
    public void spacer() {
        doc.createParagraph().setSpacingAfter(120);
    }

    /** A paragraph boxed at the right of the first line ("DỰ THẢO"). */
    void boxedMark(String mark) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setIndentationLeft(TEXT_WIDTH - mm(32));
        p.setBorderTop(Borders.SINGLE);
        p.setBorderBottom(Borders.SINGLE);
        p.setBorderLeft(Borders.SINGLE);
        p.setBorderRight(Borders.SINGLE);
        p.setSpacingAfter(120);
        run(p, mark, HEADER).setBold(true);
    }

    static void centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    }

    /**
     * A short horizontal line of {@code length} twips, centred in a paragraph {@code width} twips wide: the bottom
     * border of an empty paragraph a few points high, so that it sits just under the text above it.
     */
    static void rule(XWPFParagraph p, int width, int length) {
        int indent = Math.max(0, (width - length) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderBottom(Borders.SINGLE);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(4, LineSpacingRule.EXACT);
        var mark = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        (mark.isSetRPr() ? mark.getRPr() : mark.addNewRPr()).addNewSz().setVal(BigInteger.valueOf(4));
    }

    static XWPFRun run(XWPFParagraph p, String content, int size) {
        XWPFRun run = p.createRun();
        for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
            run.setFontFamily(FONT, range);
        }
        run.setFontSize(size);
        String clean = ExportText.clean(content);
        if (clean != null && !clean.isEmpty()) {
            run.setText(clean);
        }
        return run;
    }

    /** The non-empty lines of a text, stripped. */
    static List<String> lines(String body) {
        if (body == null) {
            return List.of();
        }
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    // ------------------------------------------------------------------ tables

    static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty()
                ? cell.addParagraph()
                : cell.getParagraphs().get(0);
    }

    /** A table of fixed column widths (twips): with grid lines for data, without for the header and signature. */
    XWPFTable table(int[] widths, int rows, boolean bordered) {
        XWPFTable table = doc.createTable(rows, widths.length);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(total));
        var tblPr = table.getCTTbl().getTblPr();
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(String.valueOf(widths[c]));
            }
        }
        if (bordered) {
            table.setCellMargins(40, 80, 40, 80);
        } else {
            table.removeBorders();
            table.setCellMargins(0, 0, 0, 0);
        }
        return table;
    }

    /** The first row as the header: bold, centred, repeated on every page. */
    static void header(XWPFTable table, List<String> labels) {
        XWPFTableRow row = table.getRow(0);
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int c = 0; c < labels.size(); c++) {
            cell(row.getCell(c), labels.get(c), ParagraphAlignment.CENTER, true);
            row.getCell(c).setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        }
    }

    /** Fills a cell, one paragraph per line of the text. */
    static void cell(XWPFTableCell cell, String content, ParagraphAlignment alignment, boolean bold) {
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? first(cell) : cell.addParagraph();
            p.setAlignment(alignment);
            p.setSpacingAfter(0);
            p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
            run(p, lines[i], TABLE).setBold(bold);
        }
    }

    /**
     * Appends a row whose first cell spans the first {@code span} columns of the table's grid and whose other
     * cells take the remaining columns one each; returns the row's cells (the spanning one first).
     */
    static List<XWPFTableCell> spanningRow(XWPFTable table, int span) {
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        int columns = grid.sizeOfGridColArray();
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        while (row.getTableCells().size() > columns - span + 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell spanning = row.getCell(0);
        CTTcPr pr = spanning.getCTTc().isSetTcPr()
                ? spanning.getCTTc().getTcPr()
                : spanning.getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        int width = 0;
        for (int i = 0; i < span; i++) {
            width += ((BigInteger) grid.getGridColArray(i).getW()).intValue();
        }
        spanning.setWidthType(TableWidthType.DXA);
        spanning.setWidth(String.valueOf(width));
        for (int c = 1; c < row.getTableCells().size(); c++) {
            row.getCell(c)
                    .setWidth(String.valueOf(
                            ((BigInteger) grid.getGridColArray(span + c - 1).getW()).intValue()));
        }
        return row.getTableCells();
    }
}
