package vn.itplan.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.itplan.indicator.Indicator;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.plan.PlanFigures;
import vn.itplan.plan.PlanTarget;
import vn.itplan.report.ReportMeasure;
import vn.itplan.rollup.Coverage;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.UnitRow;
import vn.itplan.unit.UnitKind;

/**
 * The numbers an export shows, read from the plan's figures in this one place (the only class of the package that
 * knows {@link PlanFigures}, the target verdicts and the roll-up's per-unit measures): the baseline period with its coverage, the indicator figures
 * and the units' rows, and each target with the actual value of the plan's year and its verdict as a message key.
 * The document and the workbook read this record only.
 *
 * @param baselinePeriod the period the current-status figures come from (null: the plan has none)
 * @param coverage       the units expected and approved in that period (null without a baseline period)
 * @param units          the units' rows of the baseline roll-up (empty without a baseline period)
 * @param actualPeriod   the period the targets' actual values come from (null: no approved reports in the year)
 */
record ExportFigures(
        ReportingPeriod baselinePeriod,
        Coverage coverage,
        List<FigureLine> figures,
        List<UnitLine> units,
        ReportingPeriod actualPeriod,
        List<TargetLine> targets) {

    /**
     * The numbers of each unit's report on the units sheet, in its column order: staff, PCs, PCs with Internet,
     * servers, then yes/no answers (1 or 0): LAN, e-mail used regularly, eOffice, interconnected, system-level
     * security.
     */
    private static final List<ReportMeasure> UNIT_COLUMNS = List.of(
            ReportMeasure.STAFF,
            ReportMeasure.PCS,
            ReportMeasure.PCS_INTERNET,
            ReportMeasure.SERVERS,
            ReportMeasure.UNITS_WITH_LAN,
            ReportMeasure.UNITS_USING_EMAIL,
            ReportMeasure.UNITS_WITH_EOFFICE,
            ReportMeasure.UNITS_INTERCONNECTED,
            ReportMeasure.UNITS_WITH_SECURITY);

    static final int UNIT_MEASURES = UNIT_COLUMNS.size();
    /** From the fifth measure on, the measures are yes/no answers (1 or 0). */
    static final int FIRST_YES_NO = 4;

    /**
     * An expected unit of the baseline period and its report.
     *
     * @param reportState the state's name (APPROVED, ...), null without a report
     * @param measures    {@link #UNIT_MEASURES} numbers in column order (nulls unless the report is approved)
     */
    record UnitLine(
            String code, String name, UnitKind kind, String reportState, boolean approved, List<BigDecimal> measures) {

        static UnitLine of(UnitRow row) {
            List<BigDecimal> measures = row.approved() && row.measures() != null
                    ? UNIT_COLUMNS.stream().map(row.measures()::get).toList()
                    : java.util.Collections.nCopies(UNIT_MEASURES, null);
            return new UnitLine(row.code(), row.name(), row.kind(), row.reportState(), row.approved(), measures);
        }
    }

    /**
     * An indicator and its figure over the baseline period.
     *
     * @param frameworkCodes the indicator's codes in external frameworks, by framework (empty: none)
     */
    record FigureLine(Indicator indicator, Figure figure, Map<String, String> frameworkCodes) {}

    /**
     * A target of the plan.
     *
     * @param actual    the indicator's figure in the plan's year (null without approved reports)
     * @param statusKey the message key of the verdict ("met", "behind", ...), decided by the plan
     */
    record TargetLine(
            Indicator indicator,
            BigDecimal baseline,
            BigDecimal target,
            String note,
            boolean demo,
            Figure actual,
            BigDecimal actualValue,
            BigDecimal previousValue,
            Coverage actualCoverage,
            String statusKey) {}

    static ExportFigures of(PlanFigures figures, Map<Long, Map<String, String>> frameworkCodes) {
        boolean hasBaseline = figures.baselinePeriod() != null && figures.baseline() != null;
        return new ExportFigures(
                figures.baselinePeriod(),
                hasBaseline ? figures.baseline().coverage() : null,
                figures.figures().stream()
                        .map(f -> new FigureLine(
                                f.indicator(),
                                f.figure(),
                                frameworkCodes.getOrDefault(f.indicator().getId(), Map.of())))
                        .toList(),
                hasBaseline
                        ? figures.baseline().units().stream().map(UnitLine::of).toList()
                        : List.of(),
                figures.actualPeriod(),
                figures.targets().stream().map(ExportFigures::targetLine).toList());
    }

    /** A target with its actual value and verdict, as the plan decided it. */
    static TargetLine targetLine(PlanFigures.TargetProgress t) {
        PlanTarget target = t.target().target();
        return new TargetLine(
                t.target().indicator(),
                target.getBaselineValue(),
                target.getTargetValue(),
                target.getNote(),
                target.isDemo(),
                t.actual(),
                t.actualValue(),
                t.previousValue(),
                t.coverage(),
                t.status().messageKey());
    }
}
