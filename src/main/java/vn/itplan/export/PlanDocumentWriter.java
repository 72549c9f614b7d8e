package vn.itplan.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.itplan.indicator.Indicator;
import vn.itplan.legal.LegalDocType;
import vn.itplan.legal.LegalDocument;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.plan.BudgetTotal;
import vn.itplan.plan.Plan;
import vn.itplan.plan.PlanFigures;
import vn.itplan.plan.PlanFigures.FigureRow;
import vn.itplan.plan.PlanFigures.TargetProgress;
import vn.itplan.plan.PlanSection;
import vn.itplan.plan.PlanViews.LegalBasisView;
import vn.itplan.plan.PlanViews.SectionView;
import vn.itplan.plan.PlanViews.TaskView;
import vn.itplan.plan.TaskStatus;
import vn.itplan.rollup.Coverage;
import vn.itplan.unit.Unit;
import vn.itplan.web.SearchText;

/**
 * Writes a plan as a Vietnamese administrative document (NĐ 30/2020/NĐ-CP; TT 01/2011/TT-BNV): A4, margins 20 mm top
 * and bottom, 30 mm left, 15 mm right, Times New Roman 13–14 pt; issuer and national motto side by side over the
 * number and the place and date; the title; the section tree with its own numbering, the legal bases under the
 * "Căn cứ" section, the current-status figures after the "Hiện trạng" section and the targets after the "Mục tiêu"
 * section (or after the text when the plan has no such section); the signature block with "Nơi nhận"; then, on
 * landscape pages, the appendix of tasks with the budget by funding source. Page numbers at the top centre from
 * page 2, as the decree asks.
 */
final class PlanDocumentWriter {

    static final String FONT = "Times New Roman";
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    private static final int TEXT_WIDTH = A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int WIDE_TEXT_WIDTH = A4_LONG - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int FIRST_LINE = mm(10);
    private static final int DEPTH_INDENT = mm(5);
    private static final int BODY = 14;
    private static final int HEADER = 13;
    private static final int TABLE = 12;

    private final ExportText text;
    private final PlanExport export;
    private final Plan plan;
    private final IssuerHeading issuer;
    private XWPFDocument doc;
    private int tableNo;

    PlanDocumentWriter(ExportText text, PlanExport export) {
        this.text = text;
        this.export = export;
        this.plan = export.plan();
        this.issuer = IssuerHeading.of(plan.getIssuer());
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    byte[] write() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            this.doc = document;
            defaults();
            if (plan.isDraft()) {
                draftMark();
            }
            heading();
            title();
            body();
            signature();
            CTSectPr portrait = endPortraitSection();
            appendix();
            CTSectPr landscape = doc.getDocument().getBody().isSetSectPr()
                    ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
            page(landscape, A4_LONG, A4_SHORT, STPageOrientation.LANDSCAPE);
            pageNumbers(portrait);
            document.write(out);
            return out.toByteArray();
        }
    }

    // ------------------------------------------------------------------ document set-up

    private void defaults() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        var styles = doc.createStyles();
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("vi-VN");
        var properties = doc.getProperties().getCoreProperties();
        properties.setTitle(ExportText.clean(plan.getTitle()));
        properties.setSubjectProperty(ExportText.clean(plan.getNumber()));
        properties.setCreator(ExportText.clean(plan.getIssuer()));
    }

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

    /** Closes the portrait part of the document (text and signature) with a section break; the appendix follows. */
    private CTSectPr endPortraitSection() {
        XWPFParagraph p = doc.createParagraph();
        CTSectPr section = p.getCTP().addNewPPr().addNewSectPr();
        page(section, A4_SHORT, A4_LONG, STPageOrientation.PORTRAIT);
        section.addNewTitlePg();
        return section;
    }

    /** The page number at the top centre of every page but the first. */
    private void pageNumbers(CTSectPr portrait) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "", HEADER).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(p, "", HEADER).getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(p, "", HEADER).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "2", HEADER);
        run(p, "", HEADER).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        CTHdrFtrRef reference = portrait.addNewHeaderReference();
        reference.setType(STHdrFtr.DEFAULT);
        reference.setId(doc.getRelationId(header));
        // the first page of the text has a header of its own, left empty
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        if (first.getParagraphs().isEmpty()) {
            first.createParagraph();
        }
        CTHdrFtrRef firstReference = portrait.addNewHeaderReference();
        firstReference.setType(STHdrFtr.FIRST);
        firstReference.setId(doc.getRelationId(first));
        CTSectPr last = doc.getDocument().getBody().getSectPr();
        // the appendix keeps numbering on its first page
        for (int i = last.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
            if (last.getHeaderReferenceArray(i).getType() == STHdrFtr.FIRST) {
                last.removeHeaderReference(i);
            }
        }
        if (last.isSetTitlePg()) {
            last.unsetTitlePg();
        }
    }

    // ------------------------------------------------------------------ header block and title

    private void draftMark() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setIndentationLeft(TEXT_WIDTH - mm(32));
        p.setBorderTop(Borders.SINGLE);
        p.setBorderBottom(Borders.SINGLE);
        p.setBorderLeft(Borders.SINGLE);
        p.setBorderRight(Borders.SINGLE);
        p.setSpacingAfter(120);
        run(p, text.get("export.doc.draftMark"), HEADER).setBold(true);
    }

    /** Issuer and national motto side by side; the number under the issuer, place and date under the motto. */
    private void heading() {
        int left = mm(62);
        int right = TEXT_WIDTH - left;
        XWPFTable table = table(new int[] {left, right}, 2, false);
        XWPFTableCell issuerCell = table.getRow(0).getCell(0);
        boolean firstLine = true;
        for (IssuerHeading.Line line : issuer.lines()) {
            XWPFParagraph p = firstLine ? first(issuerCell) : issuerCell.addParagraph();
            firstLine = false;
            centred(p);
            run(p, line.text(), HEADER).setBold(line.bold());
        }
        rule(firstLine ? first(issuerCell) : issuerCell.addParagraph(), left, mm(22));

        XWPFTableCell nationCell = table.getRow(0).getCell(1);
        XWPFParagraph nation = first(nationCell);
        centred(nation);
        run(nation, text.get("export.doc.nation"), HEADER).setBold(true);
        XWPFParagraph motto = nationCell.addParagraph();
        centred(motto);
        run(motto, text.get("export.doc.motto"), BODY).setBold(true);
        rule(nationCell.addParagraph(), right, mm(64));

        XWPFParagraph number = first(table.getRow(1).getCell(0));
        centred(number);
        number.setSpacingBefore(60);
        run(number, text.get("export.doc.number", plan.getNumber()), HEADER);
        XWPFParagraph date = first(table.getRow(1).getCell(1));
        centred(date);
        date.setSpacingBefore(60);
        run(date, text.placeAndDate(issuer.place(), plan.getIssueDate()), BODY).setItalic(true);
    }

    /** "KẾ HOẠCH" and the rest of the title in capitals, with a short rule under it. */
    private void title() {
        XWPFParagraph type = doc.createParagraph();
        centred(type);
        type.setSpacingBefore(360);
        type.setKeepNext(true);
        run(type, text.get("export.doc.titleType"), BODY).setBold(true);
        String rest = titleWithoutType(plan.getTitle());
        if (!rest.isEmpty()) {
            XWPFParagraph subject = doc.createParagraph();
            centred(subject);
            subject.setKeepNext(true);
            run(subject, text.upper(rest), BODY).setBold(true);
        }
        XWPFParagraph rule = doc.createParagraph();
        rule(rule, TEXT_WIDTH, mm(40));
        rule.setSpacingAfter(240);
    }

    static String titleWithoutType(String title) {
        String t = title == null ? "" : title.trim();
        if (SearchText.fold(t).startsWith("ke hoach")) {
            t = t.substring("Kế hoạch".length()).trim();
            t = t.replaceFirst("^[:\\-–]\\s*", "");
        }
        return t;
    }

    // ------------------------------------------------------------------ the text

    private void body() {
        List<SectionView> sections = export.sections();
        int bases = -1;
        int statusEnd = -1;
        int goalsEnd = -1;
        for (int i = 0; i < sections.size(); i++) {
            SectionView s = sections.get(i);
            if (s.depth() != 0) {
                continue;
            }
            String folded = SearchText.fold(s.section().getTitle());
            int end = i + 1 + s.descendants();
            if (bases < 0 && folded.startsWith("can cu")) {
                bases = i;
            } else if (statusEnd < 0 && folded.startsWith("hien trang")) {
                statusEnd = end;
            } else if (goalsEnd < 0 && folded.startsWith("muc tieu")) {
                goalsEnd = end;
            }
        }
        if (bases < 0 && !export.legalBases().isEmpty()) {
            XWPFParagraph p = bodyParagraph();
            run(p, text.get("export.doc.basesHeading"), BODY).setBold(true);
            p.setKeepNext(true);
            legalBases();
        }
        for (int i = 0; i < sections.size(); i++) {
            section(sections.get(i));
            if (i == bases) {
                legalBases();
            }
            if (i + 1 == statusEnd) {
                figures();
            }
            if (i + 1 == goalsEnd) {
                targets();
            }
        }
        if (statusEnd < 0) {
            figures();
        }
        if (goalsEnd < 0) {
            targets();
        }
    }

    private void section(SectionView view) {
        PlanSection s = view.section();
        XWPFParagraph heading = bodyParagraph();
        heading.setIndentationLeft(view.depth() * DEPTH_INDENT);
        heading.setKeepNext(true);
        XWPFRun run = run(heading, s.fullTitle(), BODY);
        run.setBold(true);
        run.setItalic(view.depth() >= 2);
        for (String line : lines(s.getBody())) {
            run(bodyParagraph(), line, BODY);
        }
    }

    /** "- Quyết định số 1605/QĐ-TTg ngày 27/8/2010 của Thủ tướng Chính phủ phê duyệt ...;", the last with a full stop. */
    private void legalBases() {
        List<LegalBasisView> bases = export.legalBases();
        for (int i = 0; i < bases.size(); i++) {
            run(bodyParagraph(), "- " + citation(bases.get(i).document()) + (i == bases.size() - 1 ? "." : ";"), BODY);
        }
    }

    String citation(LegalDocument doc) {
        String date = text.shortDate(doc.getIssueDate());
        if (doc.getType() == LegalDocType.LUAT) {
            return text.get("export.doc.basis.law", doc.getTitle(), doc.getNumber(), date);
        }
        String type = doc.getType() == LegalDocType.OTHER ? text.get("export.doc.basis.otherType")
                : text.get(doc.getType().messageKey());
        String title = doc.getTitle() == null || doc.getTitle().isEmpty() ? ""
                : doc.getTitle().substring(0, 1).toLowerCase(ExportText.VI) + doc.getTitle().substring(1);
        return text.get("export.doc.basis", type, doc.getNumber(), date, doc.getIssuer(), title).trim();
    }

    /** The current-status figures from the baseline period's approved reports, with their coverage. */
    private void figures() {
        PlanFigures figures = export.figures();
        ReportingPeriod period = figures.baselinePeriod();
        int number = ++tableNo;
        caption(period == null ? text.get("export.doc.figures.captionNoPeriod", number)
                : text.get("export.doc.figures.caption", number, text.period(period)));
        if (period == null) {
            note(text.get("export.figure.noBaseline"), false);
            return;
        }
        Coverage coverage = figures.baseline().coverage();
        if (coverage.empty() || figures.figures().isEmpty()) {
            note(text.get("export.figure.noReports", text.period(period)), false);
            return;
        }
        int[] widths = {mm(13), 0, mm(33), mm(45)};
        widths[1] = TEXT_WIDTH - widths[0] - widths[2] - widths[3];
        XWPFTable table = table(widths, 1 + figures.figures().size(), true);
        header(table, "export.doc.col.no", "export.doc.col.indicator", "export.doc.col.value", "export.doc.col.coverage");
        int row = 1;
        for (FigureRow f : figures.figures()) {
            XWPFTableRow r = table.getRow(row);
            cell(r.getCell(0), String.valueOf(row), ParagraphAlignment.CENTER, false);
            cell(r.getCell(1), f.indicator().getNameVi(), ParagraphAlignment.LEFT, false);
            cell(r.getCell(2), text.figure(f.indicator(), f.figure()), ParagraphAlignment.RIGHT, false);
            cell(r.getCell(3), f.figure() == null ? "" : text.coverage(f.figure().coverage()), ParagraphAlignment.LEFT,
                    false);
            row++;
        }
        if (coverage.partial()) {
            note(text.partialNote(coverage), true);
        } else {
            spacer();
        }
    }

    /** Each target with its baseline, goal, the actual value of the plan's year and the verdict. */
    private void targets() {
        PlanFigures figures = export.figures();
        caption(text.get("export.doc.targets.caption", ++tableNo, String.valueOf(plan.getYear())));
        if (figures.targets().isEmpty()) {
            note(text.get("export.empty.targets"), false);
            return;
        }
        int[] widths = {mm(13), 0, mm(22), mm(22), mm(25), mm(32)};
        widths[1] = TEXT_WIDTH - widths[0] - widths[2] - widths[3] - widths[4] - widths[5];
        XWPFTable table = table(widths, 1 + figures.targets().size(), true);
        header(table, "export.doc.col.no", "export.doc.col.indicator", "export.doc.col.baseline",
                "export.doc.col.target", "export.doc.col.actual", "export.doc.col.status");
        int row = 1;
        boolean demo = false;
        for (TargetProgress t : figures.targets()) {
            Indicator indicator = t.target().indicator();
            XWPFTableRow r = table.getRow(row);
            cell(r.getCell(0), String.valueOf(row), ParagraphAlignment.CENTER, false);
            boolean isDemo = t.target().target().isDemo();
            demo |= isDemo;
            cell(r.getCell(1), indicator.getNameVi() + (isDemo ? " (*)" : ""), ParagraphAlignment.LEFT, false);
            cell(r.getCell(2), text.amount(indicator, t.target().target().getBaselineValue()), ParagraphAlignment.RIGHT,
                    false);
            cell(r.getCell(3), text.amount(indicator, t.target().target().getTargetValue()), ParagraphAlignment.RIGHT,
                    false);
            cell(r.getCell(4), t.actual() == null ? "" : text.figure(indicator, t.actual()), ParagraphAlignment.RIGHT,
                    false);
            cell(r.getCell(5), text.status(t.status()), ParagraphAlignment.LEFT, false);
            row++;
        }
        note(figures.actualPeriod() == null
                ? text.get("export.doc.targets.noActual", String.valueOf(plan.getYear()))
                : text.get("export.doc.targets.actualFrom", text.period(figures.actualPeriod())), true);
        if (demo) {
            note(text.get("export.doc.targets.demo"), true);
        }
    }

    // ------------------------------------------------------------------ signature and appendix

    /** "Nơi nhận" at the left; at the right the authority, the signer's title lines, room to sign, the name. */
    private void signature() {
        int left = mm(72);
        XWPFTable table = table(new int[] {left, TEXT_WIDTH - left}, 1, false);
        // the block stays on one page
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFParagraph label = first(recipients);
        label.setSpacingBefore(240);
        XWPFRun labelRun = run(label, text.get("export.doc.recipients"), TABLE);
        labelRun.setBold(true);
        labelRun.setItalic(true);
        for (String unit : recipients()) {
            run(recipients.addParagraph(), text.get("export.doc.recipient", unit), 11);
        }
        run(recipients.addParagraph(), text.get("export.doc.recipientArchive"), 11);

        XWPFTableCell signer = table.getRow(0).getCell(1);
        List<String> authority = new ArrayList<>();
        String signerTitle = plan.getSignerTitle() == null ? "" : plan.getSignerTitle().trim();
        if (issuer.onBehalf() != null && !SearchText.fold(signerTitle).startsWith("tm")) {
            authority.add(text.get("export.doc.onBehalf", issuer.onBehalf()));
        }
        for (String line : signerTitle.split("\\s*/\\s*|\\R")) {
            if (!line.isBlank()) {
                authority.add(text.upper(line.trim()));
            }
        }
        boolean firstLine = true;
        for (String line : authority) {
            XWPFParagraph p = firstLine ? first(signer) : signer.addParagraph();
            if (firstLine) {
                p.setSpacingBefore(240);
            }
            firstLine = false;
            centred(p);
            run(p, line, HEADER).setBold(true);
        }
        for (int i = 0; i < 4; i++) {
            XWPFParagraph space = firstLine ? first(signer) : signer.addParagraph();
            firstLine = false;
            run(space, "", BODY);
        }
        XWPFParagraph name = signer.addParagraph();
        centred(name);
        run(name, plan.getSigner() == null ? "" : plan.getSigner(), BODY).setBold(true);
    }

    /** The units the plan gives work to, lead units first, in the order of the appendix. */
    private List<String> recipients() {
        Map<Long, String> units = new LinkedHashMap<>();
        for (TaskView task : export.tasks()) {
            if (task.leadUnit() != null) {
                units.putIfAbsent(task.leadUnit().getId(), task.leadUnit().getName());
            }
        }
        for (TaskView task : export.tasks()) {
            for (Unit partner : task.partners()) {
                units.putIfAbsent(partner.getId(), partner.getName());
            }
        }
        return new ArrayList<>(units.values());
    }

    /** PHỤ LỤC: the tasks with lead and co-operating units, time, budget and funding source, and the totals. */
    private void appendix() {
        XWPFParagraph title = doc.createParagraph();
        centred(title);
        title.setKeepNext(true);
        run(title, text.get("export.doc.appendix.title"), BODY).setBold(true);
        XWPFParagraph attached = doc.createParagraph();
        centred(attached);
        attached.setSpacingAfter(240);
        attached.setKeepNext(true);
        String attachedText = plan.getIssueDate() == null
                ? text.get("export.doc.appendix.attachedNoDate", plan.getNumber(), plan.getIssuer())
                : text.get("export.doc.appendix.attached", plan.getNumber(), text.date(plan.getIssueDate()),
                        plan.getIssuer());
        run(attached, attachedText, HEADER).setItalic(true);

        List<TaskView> tasks = export.tasks();
        if (tasks.isEmpty()) {
            note(text.get("export.empty.tasks"), false);
            return;
        }
        int[] widths = {mm(12), mm(50), mm(46), mm(30), mm(32), mm(28), mm(30), 0};
        int used = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            used += widths[i];
        }
        widths[widths.length - 1] = WIDE_TEXT_WIDTH - used;
        List<BudgetTotal> sources = export.budget().bySource().stream().filter(b -> b.tasks() > 0).toList();
        XWPFTable table = table(widths, 1 + tasks.size(), true);
        header(table, "export.doc.col.no", "export.doc.col.task", "export.doc.col.goal", "export.doc.col.lead",
                "export.doc.col.partners", "export.doc.col.time", "export.doc.col.budget", "export.doc.col.source");
        boolean cancelled = false;
        int row = 1;
        for (TaskView v : tasks) {
            var t = v.task();
            XWPFTableRow r = table.getRow(row++);
            r.setCantSplitRow(true);
            cell(r.getCell(0), String.valueOf(v.number()), ParagraphAlignment.CENTER, false);
            boolean isCancelled = t.getStatus() == TaskStatus.CANCELLED;
            cancelled |= isCancelled;
            cell(r.getCell(1), t.getName() + (isCancelled ? " " + text.get("export.doc.cancelled") : ""),
                    ParagraphAlignment.LEFT, false);
            cell(r.getCell(2), t.getGoal() == null ? "" : t.getGoal(), ParagraphAlignment.LEFT, false);
            cell(r.getCell(3), v.leadUnit() == null ? "" : v.leadUnit().getName(), ParagraphAlignment.LEFT, false);
            cell(r.getCell(4), String.join("\n", v.partners().stream().map(Unit::getName).toList()),
                    ParagraphAlignment.LEFT, false);
            List<String> time = new ArrayList<>();
            if (t.getStartDate() != null) {
                time.add(text.date(t.getStartDate()) + (t.getEndDate() != null ? " -" : ""));
            }
            if (t.getEndDate() != null) {
                time.add(text.date(t.getEndDate()));
            }
            cell(r.getCell(5), String.join("\n", time), ParagraphAlignment.CENTER, false);
            cell(r.getCell(6), text.money(t.getBudget()), ParagraphAlignment.RIGHT, false);
            cell(r.getCell(7), text.get(t.getFundingSource().messageKey()), ParagraphAlignment.LEFT, false);
        }
        totalRow(table, text.get("export.doc.total"), export.budget().total(), true);
        for (BudgetTotal source : sources) {
            totalRow(table, text.get("export.doc.sourceTotal", text.get(source.source().messageKey())),
                    source.budget(), false);
        }
        if (cancelled) {
            note(text.get("export.budget.cancelledExcluded"), true);
        }
    }

    /** A row whose label spans the first six columns, then the amount, then an empty funding-source cell. */
    private void totalRow(XWPFTable table, String label, long amount, boolean bold) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        while (row.getTableCells().size() > 3) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell labelCell = row.getCell(0);
        CTTcPr pr = labelCell.getCTTc().isSetTcPr() ? labelCell.getCTTc().getTcPr() : labelCell.getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(6));
        int span = 0;
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        for (int i = 0; i < 6; i++) {
            span += ((BigInteger) grid.getGridColArray(i).getW()).intValue();
        }
        labelCell.setWidthType(TableWidthType.DXA);
        labelCell.setWidth(String.valueOf(span));
        row.getCell(1).setWidth(String.valueOf(((BigInteger) grid.getGridColArray(6).getW()).intValue()));
        row.getCell(2).setWidth(String.valueOf(((BigInteger) grid.getGridColArray(7).getW()).intValue()));
        cell(labelCell, label, bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT, bold);
        cell(row.getCell(1), text.money(amount), ParagraphAlignment.RIGHT, bold);
        cell(row.getCell(2), "", ParagraphAlignment.LEFT, false);
        if (!bold) {
            labelCell.getParagraphs().get(0).getRuns().forEach(r -> r.setItalic(true));
            row.getCell(1).getParagraphs().get(0).getRuns().forEach(r -> r.setItalic(true));
        }
    }

    // ------------------------------------------------------------------ building blocks

    private XWPFParagraph bodyParagraph() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.1, LineSpacingRule.AUTO);
        return p;
    }

    private void caption(String caption) {
        XWPFParagraph p = doc.createParagraph();
        centred(p);
        p.setSpacingBefore(120);
        p.setSpacingAfter(120);
        p.setKeepNext(true);
        run(p, caption, HEADER).setBold(true);
    }

    private void note(String note, boolean italic) {
        XWPFParagraph p = bodyParagraph();
        p.setSpacingBefore(60);
        run(p, note, HEADER).setItalic(italic);
    }

    private void spacer() {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(120);
    }

    private static void centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    }

    /**
     * A short horizontal line of {@code length} twips, centred in a paragraph {@code width} twips wide: the bottom
     * border of an empty paragraph a few points high, so that it sits just under the text above it.
     */
    private static void rule(XWPFParagraph p, int width, int length) {
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

    private static XWPFRun run(XWPFParagraph p, String content, int size) {
        XWPFRun run = p.createRun();
        for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
            run.setFontFamily(FONT, range);
        }
        run.setFontSize(size);
        String clean = ExportText.clean(content);
        if (!clean.isEmpty()) {
            run.setText(clean);
        }
        return run;
    }

    private static List<String> lines(String body) {
        if (body == null) {
            return List.of();
        }
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    /** A table of fixed column widths (twips): with grid lines for data, without for the header and signature. */
    private XWPFTable table(int[] widths, int rows, boolean bordered) {
        XWPFTable table = doc.createTable(rows, widths.length);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(total));
        var tblPr = table.getCTTbl().getTblPr();
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
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

    private void header(XWPFTable table, String... keys) {
        XWPFTableRow row = table.getRow(0);
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int c = 0; c < keys.length; c++) {
            cell(row.getCell(c), text.get(keys[c]), ParagraphAlignment.CENTER, true);
            row.getCell(c).setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        }
    }

    /** Fills a cell, one paragraph per line of the text. */
    private static void cell(XWPFTableCell cell, String content, ParagraphAlignment alignment, boolean bold) {
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? first(cell) : cell.addParagraph();
            p.setAlignment(alignment);
            p.setSpacingAfter(0);
            p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
            run(p, lines[i], TABLE).setBold(bold);
        }
    }
}
