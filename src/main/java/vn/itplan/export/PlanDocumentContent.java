package vn.itplan.export;

import static vn.itplan.export.WordDocument.TEXT_WIDTH;
import static vn.itplan.export.WordDocument.mm;

import java.util.ArrayList;
import java.util.List;
import vn.itplan.export.DocumentOut.Cell;
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

    private final DocumentOut word;
    private final ExportText text;
    private final PlanExport export;
    private int tableNo;

    PlanDocumentContent(DocumentOut word, ExportText text, PlanExport export) {
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
            word.heading(text.get("export.doc.basesHeading"), 0);
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
        word.heading(view.fullTitle(), view.depth());
        for (String line : WordDocument.lines(export.body(s))) {
            word.paragraph(line);
        }
    }

    /** "- Quyết định số 1605/QĐ-TTg ngày 27/8/2010 của Thủ tướng Chính phủ phê duyệt ...;", the last with a full stop. */
    private void legalBases() {
        List<LegalBasisView> bases = export.legalBases();
        for (int i = 0; i < bases.size(); i++) {
            word.paragraph("- " + citation(bases.get(i).document()) + (i == bases.size() - 1 ? "." : ";"));
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
        List<List<Cell>> rows = new ArrayList<>();
        for (ExportFigures.FigureLine f : figures.figures()) {
            rows.add(List.of(
                    Cell.center(String.valueOf(rows.size() + 1)),
                    Cell.left(f.indicator().getNameVi()),
                    Cell.right(text.figure(f.indicator(), f.figure())),
                    Cell.left(f.figure() == null ? "" : text.coverage(f.figure().coverage()))));
        }
        word.table(
                widths,
                text.all(
                        "export.doc.col.no",
                        "export.doc.col.indicator",
                        "export.doc.col.value",
                        "export.doc.col.coverage"),
                rows);
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
            List<List<Cell>> rows = new ArrayList<>();
            for (ExportFigures.TargetLine t : previous.targets()) {
                boolean met = t.statusKey().equals(vn.itplan.plan.ProgressStatus.ACHIEVED.messageKey());
                rows.add(List.of(
                        Cell.center(String.valueOf(rows.size() + 1)),
                        Cell.left(t.indicator().getNameVi()),
                        Cell.right(text.amount(t.indicator(), t.target())),
                        Cell.right(t.actual() == null ? "" : text.figure(t.indicator(), t.actual())),
                        Cell.left(text.get(met ? "export.doc.previous.yes" : "export.doc.previous.no"))));
            }
            word.table(
                    widths,
                    text.all(
                            "export.doc.col.no",
                            "export.doc.col.indicator",
                            "export.doc.col.target",
                            "export.doc.col.actual",
                            "export.doc.previous.met"),
                    rows);
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
        List<List<Cell>> rows = new ArrayList<>();
        for (vn.itplan.plan.PlanViews.TaskView v : previous.tasks()) {
            Long used = v.task().getBudgetUsed();
            rows.add(List.of(
                    Cell.center(String.valueOf(v.number())),
                    Cell.left(v.task().getName()),
                    Cell.right(v.task().getProgress() + "%"),
                    Cell.left(text.get(v.task().getStatus().messageKey())),
                    Cell.right(text.money(v.task().getBudget())),
                    Cell.right(used == null ? "" : text.money(used))));
        }
        word.table(
                widths,
                text.all(
                        "export.doc.col.no",
                        "export.doc.col.task",
                        "export.doc.previous.progress",
                        "export.doc.previous.status",
                        "export.doc.col.budget",
                        "export.doc.previous.budgetUsed"),
                rows);
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
        List<List<Cell>> rows = new ArrayList<>();
        boolean demo = false;
        for (ExportFigures.TargetLine t : figures.targets()) {
            demo |= t.demo();
            rows.add(List.of(
                    Cell.center(String.valueOf(rows.size() + 1)),
                    Cell.left(t.indicator().getNameVi() + (t.demo() ? " (*)" : "")),
                    Cell.right(text.amount(t.indicator(), t.baseline())),
                    Cell.right(text.amount(t.indicator(), t.target())),
                    Cell.right(t.actual() == null ? "" : text.figure(t.indicator(), t.actual())),
                    Cell.left(text.status(t.statusKey()))));
        }
        word.table(
                widths,
                text.all(
                        "export.doc.col.no",
                        "export.doc.col.indicator",
                        "export.doc.col.baseline",
                        "export.doc.col.target",
                        "export.doc.col.actual",
                        "export.doc.col.status"),
                rows);
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
