package vn.itplan.export;

import static vn.itplan.export.WordDocument.BODY;
import static vn.itplan.export.WordDocument.TEXT_WIDTH;
import static vn.itplan.export.WordDocument.cell;
import static vn.itplan.export.WordDocument.mm;
import static vn.itplan.export.WordDocument.run;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.itplan.legal.LegalDocType;
import vn.itplan.legal.LegalDocument;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.plan.PlanSection;
import vn.itplan.plan.PlanViews.LegalBasisView;
import vn.itplan.plan.PlanViews.SectionView;
import vn.itplan.rollup.Coverage;
import vn.itplan.web.SearchText;

/**
 * What the text of the plan document says and where: the section tree with its own numbering; the legal bases
 * under the "Căn cứ" section (or under a heading of their own before the text); the current-status figures after
 * the "Hiện trạng" section and the targets after the "Mục tiêu" section (or after the text when the plan has no
 * such section). Sections are recognised by the first words of their titles, without diacritics.
 */
final class PlanDocumentContent {

    private static final int DEPTH_INDENT = mm(5);

    private final WordDocument word;
    private final ExportText text;
    private final PlanExport export;
    private int tableNo;

    PlanDocumentContent(WordDocument word, ExportText text, PlanExport export) {
        this.word = word;
        this.text = text;
        this.export = export;
    }

    /** Where the inserted parts go: indexes into the sections (-1: the plan has no such section). */
    record Placement(int bases, int statusEnd, int goalsEnd) {

        static Placement of(List<SectionView> sections) {
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
            return new Placement(bases, statusEnd, goalsEnd);
        }
    }

    void body() {
        List<SectionView> sections = export.sections();
        Placement at = Placement.of(sections);
        if (at.bases() < 0 && !export.legalBases().isEmpty()) {
            XWPFParagraph p = word.bodyParagraph();
            run(p, text.get("export.doc.basesHeading"), BODY).setBold(true);
            p.setKeepNext(true);
            legalBases();
        }
        for (int i = 0; i < sections.size(); i++) {
            section(sections.get(i));
            if (i == at.bases()) {
                legalBases();
            }
            if (i + 1 == at.statusEnd()) {
                figures();
                previousResults();
            }
            if (i + 1 == at.goalsEnd()) {
                targets();
            }
        }
        if (at.statusEnd() < 0) {
            figures();
            previousResults();
        }
        if (at.goalsEnd() < 0) {
            targets();
        }
    }

    private void section(SectionView view) {
        PlanSection s = view.section();
        XWPFParagraph heading = word.bodyParagraph();
        heading.setIndentationLeft(view.depth() * DEPTH_INDENT);
        heading.setKeepNext(true);
        XWPFRun run = run(heading, view.fullTitle(), BODY);
        run.setBold(true);
        run.setItalic(view.depth() >= 2);
        for (String line : WordDocument.lines(export.body(s))) {
            run(word.bodyParagraph(), line, BODY);
        }
    }

    /** "- Quyết định số 1605/QĐ-TTg ngày 27/8/2010 của Thủ tướng Chính phủ phê duyệt ...;", the last with a full stop. */
    private void legalBases() {
        List<LegalBasisView> bases = export.legalBases();
        for (int i = 0; i < bases.size(); i++) {
            run(
                    word.bodyParagraph(),
                    "- " + citation(bases.get(i).document()) + (i == bases.size() - 1 ? "." : ";"),
                    BODY);
        }
    }

    String citation(LegalDocument doc) {
        String date = text.shortDate(doc.getIssueDate());
        if (doc.getType() == LegalDocType.LUAT) {
            return text.get("export.doc.basis.law", doc.getTitle(), doc.getNumber(), date);
        }
        String type = doc.getType() == LegalDocType.OTHER
                ? text.get("export.doc.basis.otherType")
                : text.get(doc.getType().messageKey());
        String title = doc.getTitle() == null || doc.getTitle().isEmpty()
                ? ""
                : doc.getTitle().substring(0, 1).toLowerCase(ExportText.VI)
                        + doc.getTitle().substring(1);
        return text.get("export.doc.basis", type, doc.getNumber(), date, doc.getIssuer(), title)
                .trim();
    }

    /** The current-status figures from the baseline period's approved reports, with their coverage. */
    private void figures() {
        ExportFigures figures = export.figures();
        ReportingPeriod period = figures.baselinePeriod();
        int number = ++tableNo;
        word.caption(
                period == null
                        ? text.get("export.doc.figures.captionNoPeriod", number)
                        : text.get("export.doc.figures.caption", number, text.period(period)));
        if (period == null) {
            word.note(text.get("export.figure.noBaseline"), false);
            return;
        }
        Coverage coverage = figures.coverage();
        if (coverage.empty() || figures.figures().isEmpty()) {
            word.note(text.get("export.figure.noReports", text.period(period)), false);
            return;
        }
        int[] widths = {mm(13), 0, mm(33), mm(45)};
        widths[1] = TEXT_WIDTH - widths[0] - widths[2] - widths[3];
        XWPFTable table = word.table(widths, 1 + figures.figures().size(), true);
        WordDocument.header(
                table,
                text.all(
                        "export.doc.col.no",
                        "export.doc.col.indicator",
                        "export.doc.col.value",
                        "export.doc.col.coverage"));
        int row = 1;
        for (ExportFigures.FigureLine f : figures.figures()) {
            XWPFTableRow r = table.getRow(row);
            cell(r.getCell(0), String.valueOf(row), ParagraphAlignment.CENTER, false);
            cell(r.getCell(1), f.indicator().getNameVi(), ParagraphAlignment.LEFT, false);
            cell(r.getCell(2), text.figure(f.indicator(), f.figure()), ParagraphAlignment.RIGHT, false);
            cell(
                    r.getCell(3),
                    f.figure() == null ? "" : text.coverage(f.figure().coverage()),
                    ParagraphAlignment.LEFT,
                    false);
            row++;
        }
        word.note(text.asOf(export.takenAt()), true);
        if (coverage.partial()) {
            word.note(text.partialNote(coverage), true);
        } else {
            word.spacer();
        }
    }

    /**
     * "Kết quả thực hiện Kế hoạch năm N": the targets of the previous year's issued plan with their actual figure and
     * whether each was met ("Đạt x/y chỉ tiêu"), then its tasks with their progress and budget.
     */
    private void previousResults() {
        PlanExport.PreviousResults previous = export.previous();
        if (previous == null) {
            return;
        }
        String year = String.valueOf(previous.year());
        word.caption(text.get("export.doc.previous.caption", ++tableNo, year, previous.number()));
        if (!previous.targets().isEmpty()) {
            int[] widths = {mm(13), 0, mm(25), mm(30), mm(30)};
            widths[1] = TEXT_WIDTH - widths[0] - widths[2] - widths[3] - widths[4];
            XWPFTable table = word.table(widths, 1 + previous.targets().size(), true);
            WordDocument.header(
                    table,
                    text.all(
                            "export.doc.col.no",
                            "export.doc.col.indicator",
                            "export.doc.col.target",
                            "export.doc.col.actual",
                            "export.doc.previous.met"));
            int row = 1;
            for (ExportFigures.TargetLine t : previous.targets()) {
                XWPFTableRow r = table.getRow(row);
                cell(r.getCell(0), String.valueOf(row), ParagraphAlignment.CENTER, false);
                cell(r.getCell(1), t.indicator().getNameVi(), ParagraphAlignment.LEFT, false);
                cell(r.getCell(2), text.amount(t.indicator(), t.target()), ParagraphAlignment.RIGHT, false);
                cell(
                        r.getCell(3),
                        t.actual() == null ? "" : text.figure(t.indicator(), t.actual()),
                        ParagraphAlignment.RIGHT,
                        false);
                boolean met = t.statusKey().equals(vn.itplan.plan.ProgressStatus.ACHIEVED.messageKey());
                cell(
                        r.getCell(4),
                        text.get(met ? "export.doc.previous.yes" : "export.doc.previous.no"),
                        ParagraphAlignment.LEFT,
                        false);
                row++;
            }
        }
        word.note(
                text.get(
                        "export.doc.previous.summary",
                        previous.met(),
                        previous.targets().size()),
                true);
        if (previous.tasks().isEmpty()) {
            return;
        }
        int[] widths = {mm(13), 0, mm(20), mm(28), mm(30), mm(30)};
        widths[1] = TEXT_WIDTH - widths[0] - widths[2] - widths[3] - widths[4] - widths[5];
        XWPFTable tasks = word.table(widths, 1 + previous.tasks().size(), true);
        WordDocument.header(
                tasks,
                text.all(
                        "export.doc.col.no",
                        "export.doc.col.task",
                        "export.doc.previous.progress",
                        "export.doc.previous.status",
                        "export.doc.col.budget",
                        "export.doc.previous.budgetUsed"));
        int row = 1;
        for (vn.itplan.plan.PlanViews.TaskView v : previous.tasks()) {
            XWPFTableRow r = tasks.getRow(row++);
            cell(r.getCell(0), String.valueOf(v.number()), ParagraphAlignment.CENTER, false);
            cell(r.getCell(1), v.task().getName(), ParagraphAlignment.LEFT, false);
            cell(r.getCell(2), v.task().getProgress() + "%", ParagraphAlignment.RIGHT, false);
            cell(r.getCell(3), text.get(v.task().getStatus().messageKey()), ParagraphAlignment.LEFT, false);
            cell(r.getCell(4), text.money(v.task().getBudget()), ParagraphAlignment.RIGHT, false);
            Long used = v.task().getBudgetUsed();
            cell(r.getCell(5), used == null ? "" : text.money(used), ParagraphAlignment.RIGHT, false);
        }
        word.spacer();
    }

    /** Each target with its baseline, goal, the actual value of the plan's year and the verdict. */
    private void targets() {
        ExportFigures figures = export.figures();
        String year = String.valueOf(export.plan().getYear());
        word.caption(text.get("export.doc.targets.caption", ++tableNo, year));
        if (figures.targets().isEmpty()) {
            word.note(text.get("export.empty.targets"), false);
            return;
        }
        int[] widths = {mm(13), 0, mm(22), mm(22), mm(25), mm(32)};
        widths[1] = TEXT_WIDTH - widths[0] - widths[2] - widths[3] - widths[4] - widths[5];
        XWPFTable table = word.table(widths, 1 + figures.targets().size(), true);
        WordDocument.header(
                table,
                text.all(
                        "export.doc.col.no",
                        "export.doc.col.indicator",
                        "export.doc.col.baseline",
                        "export.doc.col.target",
                        "export.doc.col.actual",
                        "export.doc.col.status"));
        int row = 1;
        boolean demo = false;
        for (ExportFigures.TargetLine t : figures.targets()) {
            XWPFTableRow r = table.getRow(row);
            cell(r.getCell(0), String.valueOf(row), ParagraphAlignment.CENTER, false);
            demo |= t.demo();
            cell(r.getCell(1), t.indicator().getNameVi() + (t.demo() ? " (*)" : ""), ParagraphAlignment.LEFT, false);
            cell(r.getCell(2), text.amount(t.indicator(), t.baseline()), ParagraphAlignment.RIGHT, false);
            cell(r.getCell(3), text.amount(t.indicator(), t.target()), ParagraphAlignment.RIGHT, false);
            cell(
                    r.getCell(4),
                    t.actual() == null ? "" : text.figure(t.indicator(), t.actual()),
                    ParagraphAlignment.RIGHT,
                    false);
            cell(r.getCell(5), text.status(t.statusKey()), ParagraphAlignment.LEFT, false);
            row++;
        }
        word.note(
                figures.actualPeriod() == null
                        ? text.get("export.doc.targets.noActual", year)
                        : text.get("export.doc.targets.actualFrom", text.period(figures.actualPeriod())),
                true);
        if (demo) {
            word.note(text.get("export.doc.targets.demo"), true);
        }
    }
}
