package vn.itplan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.itplan.indicator.Aggregation;
import vn.itplan.plan.PlanFigures;
import vn.itplan.report.BoardCounts;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.KeyIndicators;
import vn.itplan.unit.UnitKind;

/**
 * The dashboard's chart data as JSON, for the page to put in a data attribute (escaped, never a script). Carries
 * the indicator codes of every chart, so that dashboard.js draws whatever {@link KeyIndicators} lists, and the
 * labels the controller looked up in the user's language.
 */
@RequiredArgsConstructor
@Component
class DashboardCharts {

    /** Report states in the order of the states chart. */
    static final List<String> STATES = List.of("NONE", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED");

    private final JsonMapper json;

    String json(DashboardView view, Map<String, String> labels) {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("labels", labels);
        if (view.figures() != null) {
            Map<String, Object> adoption = new LinkedHashMap<>();
            adoption.put("codes", KeyIndicators.ADOPTION);
            for (UnitKind.Group group : List.of(UnitKind.Group.PROVINCIAL, UnitKind.Group.DISTRICT)) {
                adoption.put(
                        group.name(),
                        KeyIndicators.ADOPTION.stream()
                                .map(code -> percentOfUnits(view.figures()
                                        .figuresByGroup()
                                        .get(group)
                                        .get(code)))
                                .toList());
            }
            charts.put("adoption", adoption);

            // one axis, one unit: percentages, and counts of units as a share of the expected units; targets
            // in other units (ratios, numbers) are in the table only
            List<PlanFigures.TargetProgress> targets = view.targets().stream()
                    .filter(t -> t.actual() != null
                            && (t.actual().percentage() || t.actual().aggregation() == Aggregation.COUNT_UNITS))
                    .toList();
            Map<String, Object> targetChart = new LinkedHashMap<>();
            targetChart.put(
                    "codes",
                    targets.stream().map(PlanFigures.TargetProgress::code).toList());
            targetChart.put(
                    "actual",
                    targets.stream()
                            .map(t -> asPercent(t.actual(), t.actualValue()))
                            .toList());
            targetChart.put(
                    "target",
                    targets.stream()
                            .map(t -> asPercent(t.actual(), t.targetValue()))
                            .toList());
            charts.put("targets", targetChart);
        }
        Map<String, Object> trendChart = new LinkedHashMap<>();
        trendChart.put("codes", KeyIndicators.TREND);
        trendChart.put(
                "labels",
                view.trend().stream()
                        .map(t -> labels.get("period." + t.period().getId()))
                        .toList());
        for (String code : KeyIndicators.TREND) {
            trendChart.put(
                    code,
                    view.trend().stream()
                            .map(t -> percentOfUnits(t.figures().get(code)))
                            .toList());
        }
        charts.put("trend", trendChart);
        DashboardView.Completeness completeness = view.completeness();
        if (completeness != null) {
            charts.put("stateCodes", STATES);
            BoardCounts counts = completeness.counts();
            charts.put(
                    "states",
                    List.of(
                            counts.notStarted(),
                            counts.drafts(),
                            counts.submitted(),
                            counts.returned(),
                            counts.approved()));
        }
        return json.writeValueAsString(charts);
    }

    /**
     * A value in an indicator's display unit as a percentage: a number of units as a share of the units expected to
     * report (the figure's coverage), a percentage as it is.
     */
    static BigDecimal asPercent(Figure figure, BigDecimal value) {
        if (value == null || figure == null) {
            return null;
        }
        if (figure.aggregation() != Aggregation.COUNT_UNITS) {
            return value;
        }
        int expected = figure.coverage().expected();
        return expected == 0
                ? null
                : value.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
    }

    /** A count of units as a percentage of the counted units, or the figure itself for other indicators. */
    static BigDecimal percentOfUnits(Figure figure) {
        if (figure == null) {
            return null;
        }
        BigDecimal share = figure.shareOfUnits();
        if (figure.aggregation() == Aggregation.COUNT_UNITS) {
            return share == null
                    ? null
                    : share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
        }
        return figure.value();
    }
}
