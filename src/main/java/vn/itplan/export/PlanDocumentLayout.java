package vn.itplan.export;

import static vn.itplan.export.WordDocument.BODY;
import static vn.itplan.export.WordDocument.HEADER;
import static vn.itplan.export.WordDocument.TABLE;
import static vn.itplan.export.WordDocument.TEXT_WIDTH;
import static vn.itplan.export.WordDocument.WIDE_TEXT_WIDTH;
import static vn.itplan.export.WordDocument.cell;
import static vn.itplan.export.WordDocument.centred;
import static vn.itplan.export.WordDocument.first;
import static vn.itplan.export.WordDocument.mm;
import static vn.itplan.export.WordDocument.rule;
import static vn.itplan.export.WordDocument.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.itplan.plan.BudgetTotal;
import vn.itplan.plan.Plan;
import vn.itplan.plan.PlanViews.TaskView;
import vn.itplan.plan.TaskStatus;
import vn.itplan.unit.Unit;
import vn.itplan.web.SearchText;

/**
 * The frame of the plan as an administrative document (NĐ 30/2020/NĐ-CP, see src/docs/domain.md): the "DỰ THẢO" mark
 * of a draft; issuer and national motto side by side over the number and the place and date; the title; the
 * signature block with "Nơi nhận"; the appendix of tasks with the budget by funding source.
 */
final class PlanDocumentLayout {

    private final WordDocument word;
    private final ExportText text;
    private final PlanExport export;
    private final Plan plan;
    private final IssuerHeading issuer;

    PlanDocumentLayout(WordDocument word, ExportText text, PlanExport export) {
        this.word = word;
        this.text = text;
        this.export = export;
        this.plan = export.plan();
        this.issuer = IssuerHeading.of(plan.getIssuer());
    }

    void draftMark() {
        word.boxedMark(text.get("export.doc.draftMark"));
    }

    /**
     * The words above the text: the issuer's lines, the national name and motto, the number line, place and date,
     * the document type and its subject in capitals. The document and the browser preview both print these.
     */
    record Front(
            List<IssuerHeading.Line> issuer,
            String nation,
            String motto,
            String number,
            String placeAndDate,
            String type,
            String subject) {}

    static Front front(ExportText text, Plan plan) {
        IssuerHeading issuer = IssuerHeading.of(plan.getIssuer());
        String rest = titleWithoutType(plan.getTitle());
        return new Front(
                issuer.lines(),
                text.get("export.doc.nation"),
                text.get("export.doc.motto"),
                text.get("export.doc.number", plan.getNumber()),
                text.placeAndDate(issuer.place(), plan.getIssueDate()),
                text.get("export.doc.titleType"),
                rest.isEmpty() ? "" : text.upper(rest));
    }

    /** Issuer and national motto side by side; the number under the issuer, place and date under the motto. */
    void heading() {
        Front front = front(text, plan);
        int left = mm(62);
        int right = TEXT_WIDTH - left;
        XWPFTable table = word.table(new int[] {left, right}, 2, false);
        XWPFTableCell issuerCell = table.getRow(0).getCell(0);
        boolean firstLine = true;
        for (IssuerHeading.Line line : front.issuer()) {
            XWPFParagraph p = firstLine ? first(issuerCell) : issuerCell.addParagraph();
            firstLine = false;
            centred(p);
            run(p, line.text(), HEADER).setBold(line.bold());
        }
        rule(firstLine ? first(issuerCell) : issuerCell.addParagraph(), left, mm(22));

        XWPFTableCell nationCell = table.getRow(0).getCell(1);
        XWPFParagraph nation = first(nationCell);
        centred(nation);
        run(nation, front.nation(), HEADER).setBold(true);
        XWPFParagraph motto = nationCell.addParagraph();
        centred(motto);
        run(motto, front.motto(), BODY).setBold(true);
        rule(nationCell.addParagraph(), right, mm(64));

        XWPFParagraph number = first(table.getRow(1).getCell(0));
        centred(number);
        number.setSpacingBefore(60);
        run(number, front.number(), HEADER);
        XWPFParagraph date = first(table.getRow(1).getCell(1));
        centred(date);
        date.setSpacingBefore(60);
        run(date, front.placeAndDate(), BODY).setItalic(true);
    }

    /** "KẾ HOẠCH" and the rest of the title in capitals, with a short rule under it. */
    void title() {
        Front front = front(text, plan);
        XWPFParagraph type = word.paragraph();
        centred(type);
        type.setSpacingBefore(360);
        type.setKeepNext(true);
        run(type, front.type(), BODY).setBold(true);
        String rest = titleWithoutType(plan.getTitle());
        if (!front.subject().isEmpty()) {
            XWPFParagraph subject = word.paragraph();
            centred(subject);
            subject.setKeepNext(true);
            run(subject, front.subject(), BODY).setBold(true);
        }
        XWPFParagraph rule = word.paragraph();
        rule(rule, TEXT_WIDTH, subjectRule(rest));
        rule.setSpacingAfter(240);
    }

    /**
     * The rule under the subject: between a third and a half of the subject's longest line (NĐ 30/2020), estimated
     * at 3,3 mm a character of 14 pt bold capitals, a line being at most the text width.
     */
    static int subjectRule(String subject) {
        int line = Math.min(TEXT_WIDTH, mm(Math.max(subject.length(), 12) * 3.3));
        return (int) (line * 0.4);
    }

    /** The title without its leading "Kế hoạch" (the document type, printed on a line of its own). */
    static String titleWithoutType(String title) {
        String t = title == null ? "" : title.trim();
        if (SearchText.fold(t).startsWith("ke hoach")) {
            t = t.substring("Kế hoạch".length()).trim();
            t = t.replaceFirst("^[:\\-–]\\s*", "");
        }
        return t;
    }

    /** "Nơi nhận" at the left; at the right the authority, the signer's title lines, room to sign, the name. */
    void signature() {
        int left = mm(72);
        XWPFTable table = word.table(new int[] {left, TEXT_WIDTH - left}, 1, false);
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
        String signerTitle =
                plan.getSignerTitle() == null ? "" : plan.getSignerTitle().trim();
        // "TM. UBND" (on behalf of the collective body) unless the signer's title already says it
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

    /**
     * The recipients typed on the plan ("- " and the closing ";" added when missing); without them, the units the plan
     * gives work to, lead units first, in the order of the appendix.
     */
    private List<String> recipients() {
        if (!plan.recipientLines().isEmpty()) {
            return plan.recipientLines().stream()
                    .map(l -> l.replaceFirst("^[-–•]\\s*", "").replaceFirst("[;.]$", ""))
                    .filter(l -> !SearchText.fold(l).startsWith("luu"))
                    .toList();
        }
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

    /**
     * An appendix's heading (NĐ 30/2020, Phụ lục I): "Phụ lục I" 14 pt bold centred, its title in capitals, bold, and
     * "(Kèm theo Kế hoạch số 263/KH-UBND ngày 10 tháng 02 năm 2015 của Ủy ban nhân dân tỉnh Kon Tum)" in italics.
     */
    void appendixHeading(String roman, String title) {
        XWPFParagraph label = word.paragraph();
        centred(label);
        label.setKeepNext(true);
        run(label, text.get("export.doc.appendix.label", roman), 14).setBold(true);
        XWPFParagraph heading = word.paragraph();
        centred(heading);
        heading.setKeepNext(true);
        run(heading, text.upper(title), BODY).setBold(true);
        XWPFParagraph attached = word.paragraph();
        centred(attached);
        attached.setSpacingAfter(240);
        attached.setKeepNext(true);
        String issuerName = fullIssuer(plan.getIssuer());
        String attachedText = plan.getIssueDate() == null
                ? text.get("export.doc.appendix.attachedNoDate", plan.getNumber(), issuerName)
                : text.get(
                        "export.doc.appendix.attached",
                        plan.getNumber(),
                        text.dateInWords(plan.getIssueDate()),
                        issuerName);
        run(attached, attachedText, HEADER).setItalic(true);
    }

    /** "UBND tỉnh Kon Tum" → "Ủy ban nhân dân tỉnh Kon Tum" (the appendix line writes the body out). */
    static String fullIssuer(String issuer) {
        String t = issuer == null ? "" : issuer.trim();
        return t.startsWith("UBND ") ? "Ủy ban nhân dân " + t.substring("UBND ".length()) : t;
    }

    /** Phụ lục I: the tasks with lead and co-operating units, time, budget and funding source, and the totals. */
    void appendix() {
        appendixHeading("I", text.get("export.doc.appendix.title"));

        List<TaskView> tasks = export.tasks();
        if (tasks.isEmpty()) {
            word.note(text.get("export.empty.tasks"), false);
            return;
        }
        int[] widths = {mm(12), mm(46), mm(38), mm(30), mm(32), mm(28), mm(30), 0};
        int used = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            used += widths[i];
        }
        widths[widths.length - 1] = WIDE_TEXT_WIDTH - used;
        List<BudgetTotal> sources =
                export.budget().bySource().stream().filter(b -> b.tasks() > 0).toList();
        XWPFTable table = word.table(widths, 1 + tasks.size(), true);
        WordDocument.header(
                table,
                text.all(
                        "export.doc.col.no",
                        "export.doc.col.task",
                        "export.doc.col.goal",
                        "export.doc.col.lead",
                        "export.doc.col.partners",
                        "export.doc.col.time",
                        "export.doc.col.budget",
                        "export.doc.col.source"));
        boolean cancelled = false;
        int row = 1;
        for (TaskView v : tasks) {
            var t = v.task();
            XWPFTableRow r = table.getRow(row++);
            r.setCantSplitRow(true);
            cell(r.getCell(0), String.valueOf(v.number()), ParagraphAlignment.CENTER, false);
            boolean isCancelled = t.getStatus() == TaskStatus.CANCELLED;
            cancelled |= isCancelled;
            cell(
                    r.getCell(1),
                    t.getName() + (isCancelled ? " " + text.get("export.doc.cancelled") : ""),
                    ParagraphAlignment.LEFT,
                    false);
            cell(r.getCell(2), t.getGoal() == null ? "" : t.getGoal(), ParagraphAlignment.LEFT, false);
            cell(r.getCell(3), v.leadUnit() == null ? "" : v.leadUnit().getName(), ParagraphAlignment.LEFT, false);
            cell(
                    r.getCell(4),
                    String.join("\n", v.partners().stream().map(Unit::getName).toList()),
                    ParagraphAlignment.LEFT,
                    false);
            List<String> time = new ArrayList<>();
            if (t.getStartDate() != null) {
                time.add(text.date(t.getStartDate()) + (t.getEndDate() != null ? " -" : ""));
            }
            if (t.getEndDate() != null) {
                time.add(text.date(t.getEndDate()));
            }
            cell(r.getCell(5), String.join("\n", time), ParagraphAlignment.CENTER, false);
            cell(r.getCell(6), text.money(t.getBudget()), ParagraphAlignment.RIGHT, false);
            cell(r.getCell(7), text.funding(t.getFunding(), "\n"), ParagraphAlignment.LEFT, false);
        }
        totalRow(table, text.get("export.doc.total"), export.budget().total(), true);
        for (BudgetTotal source : sources) {
            totalRow(
                    table,
                    text.get("export.doc.sourceTotal", text.get(source.source().messageKey())),
                    source.budget(),
                    false);
        }
        if (cancelled) {
            word.note(text.get("export.budget.cancelledExcluded"), true);
        }
    }

    /**
     * Phụ lục II, "Nguồn số liệu": for every figure of the document, the indicator's definition and how many units'
     * approved reports it counts; then those units with the day each report was approved.
     */
    void sources() {
        XWPFParagraph pageBreak = word.paragraph();
        pageBreak.setPageBreak(true);
        appendixHeading("II", text.get("export.doc.sources.title"));
        ExportFigures figures = export.figures();
        if (figures.baselinePeriod() == null || figures.figures().isEmpty()) {
            word.note(text.get("export.figure.noBaseline"), false);
            return;
        }
        word.note(text.get("export.doc.sources.intro", text.period(figures.baselinePeriod())), false);
        int[] widths = {mm(12), mm(70), 0, mm(45)};
        widths[2] = WIDE_TEXT_WIDTH - widths[0] - widths[1] - widths[3];
        XWPFTable table = word.table(widths, 1 + figures.figures().size(), true);
        WordDocument.header(
                table,
                text.all(
                        "export.doc.col.no",
                        "export.doc.col.indicator",
                        "export.doc.sources.definition",
                        "export.doc.col.coverage"));
        int row = 1;
        for (ExportFigures.FigureLine f : figures.figures()) {
            XWPFTableRow r = table.getRow(row);
            cell(r.getCell(0), String.valueOf(row), ParagraphAlignment.CENTER, false);
            cell(
                    r.getCell(1),
                    f.indicator().getCode() + ". " + f.indicator().getNameVi(),
                    ParagraphAlignment.LEFT,
                    false);
            String definition = f.indicator().getDefinition();
            cell(r.getCell(2), definition == null ? "" : definition, ParagraphAlignment.LEFT, false);
            cell(
                    r.getCell(3),
                    f.figure() == null ? "" : text.coverage(f.figure().coverage()),
                    ParagraphAlignment.LEFT,
                    false);
            row++;
        }
        word.caption(text.get("export.doc.sources.reports", text.period(figures.baselinePeriod())));
        List<PlanExport.CountedReport> reports = export.countedReports();
        if (reports.isEmpty()) {
            word.note(text.get("export.figure.noReports", text.period(figures.baselinePeriod())), false);
            return;
        }
        int[] unitWidths = {mm(12), 0, mm(45)};
        unitWidths[1] = WIDE_TEXT_WIDTH - unitWidths[0] - unitWidths[2];
        XWPFTable units = word.table(unitWidths, 1 + reports.size(), true);
        WordDocument.header(
                units, text.all("export.doc.col.no", "export.doc.sources.unit", "export.doc.sources.approvedOn"));
        int n = 1;
        for (PlanExport.CountedReport report : reports) {
            XWPFTableRow r = units.getRow(n);
            cell(r.getCell(0), String.valueOf(n), ParagraphAlignment.CENTER, false);
            cell(r.getCell(1), report.unitName(), ParagraphAlignment.LEFT, false);
            cell(r.getCell(2), text.date(report.approvedOn()), ParagraphAlignment.CENTER, false);
            n++;
        }
    }

    /** A row whose label spans the first six columns, then the amount, then an empty funding-source cell. */
    private void totalRow(XWPFTable table, String label, long amount, boolean bold) {
        List<XWPFTableCell> cells = WordDocument.spanningRow(table, 6);
        cell(cells.get(0), label, bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT, bold);
        cell(cells.get(1), text.money(amount), ParagraphAlignment.RIGHT, bold);
        cell(cells.get(2), "", ParagraphAlignment.LEFT, false);
        if (!bold) {
            cells.get(0).getParagraphs().get(0).getRuns().forEach(r -> r.setItalic(true));
            cells.get(1).getParagraphs().get(0).getRuns().forEach(r -> r.setItalic(true));
        }
    }
}
