package vn.itplan.export;

import java.util.List;
import vn.itplan.rollup.Coverage;

/**
 * The figures of one export as text, for HTML (the frozen figures panel of an issued plan's page and the preview):
 * the words and numbers of the document itself.
 *
 * @param period   "Năm 2014" (null without a baseline period)
 * @param coverage "29/29 đơn vị có báo cáo được duyệt" (null without a baseline)
 * @param asOf     "Số liệu tính đến 10/02/2015 08:30"
 */
record FiguresView(
        String period,
        String coverage,
        boolean partial,
        String asOf,
        List<Line> figures,
        String actualFrom,
        List<Target> targets) {

    record Line(String code, String name, String value, String coverage) {}

    record Target(
            String code, String name, String baseline, String target, String actual, String status, String statusKey) {}

    static FiguresView of(PlanExport export, ExportText text) {
        ExportFigures f = export.figures();
        Coverage coverage = f.coverage();
        return new FiguresView(
                f.baselinePeriod() == null ? null : text.period(f.baselinePeriod()),
                coverage == null ? null : text.coverage(coverage),
                coverage != null && coverage.partial(),
                text.asOf(export.takenAt()),
                f.figures().stream()
                        .map(l -> new Line(
                                l.indicator().getCode(),
                                l.indicator().getNameVi(),
                                text.figure(l.indicator(), l.figure()),
                                l.figure() == null
                                        ? ""
                                        : text.coverage(l.figure().coverage())))
                        .toList(),
                f.actualPeriod() == null ? null : text.period(f.actualPeriod()),
                f.targets().stream()
                        .map(t -> new Target(
                                t.indicator().getCode(),
                                t.indicator().getNameVi(),
                                text.amount(t.indicator(), t.baseline()),
                                text.amount(t.indicator(), t.target()),
                                t.actual() == null ? "" : text.figure(t.indicator(), t.actual()),
                                text.status(t.statusKey()),
                                t.statusKey()))
                        .toList());
    }
}
