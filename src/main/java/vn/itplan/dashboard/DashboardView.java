package vn.itplan.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.Rollup;
import vn.itplan.rollup.UnitRow;
import vn.itplan.unit.Unit;

/** Everything the dashboard page shows, computed by {@link DashboardService}. */
public record DashboardView(
        DashboardFilters filters,
        List<ReportingPeriod> periods,
        List<Integer> years,
        List<Unit> units,
        ReportingPeriod figuresPeriod,
        Rollup figures,
        Completeness completeness,
        List<Kpi> kpis,
        List<TrendPoint> trend,
        Ranking ranking,
        Map<String, BigDecimal> targets,
        Map<String, String> indicatorNames,
        String chartsJson) {

    public List<String> adoptionCodes() {
        return DashboardService.ADOPTION_CODES;
    }

    public List<String> trendCodes() {
        return DashboardService.TREND_CODES;
    }

    /** Per adoption indicator, its figure among provincial bodies and among districts. */
    public List<GroupRow> adoptionRows() {
        Map<String, Figure> provincial = figures.figuresByGroup().get(vn.itplan.unit.UnitKind.Group.PROVINCIAL);
        Map<String, Figure> district = figures.figuresByGroup().get(vn.itplan.unit.UnitKind.Group.DISTRICT);
        return DashboardService.ADOPTION_CODES.stream()
                .map(code -> new GroupRow(code, provincial.get(code), district.get(code))).toList();
    }

    public record GroupRow(String code, Figure provincial, Figure district) {
    }

    /** The actual value a target is compared with. */
    public BigDecimal actualFor(String code) {
        return figures.figures().get(code).comparable();
    }

    /** Report states of the expected units for one period, and how many were submitted on time. */
    public record Completeness(ReportingPeriod period, int expected, int notStarted, int draft, int submitted,
                               int returned, int approved, int onTime, int late, List<UnitRow> pending) {

        /** Submitted at some point (under review, returned or approved). */
        public int received() {
            return submitted + returned + approved;
        }

        public BigDecimal receivedShare() {
            return share(received(), expected);
        }

        public BigDecimal onTimeShare() {
            return share(onTime, onTime + late);
        }

        private static BigDecimal share(int part, int whole) {
            return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, java.math.RoundingMode.HALF_UP);
        }
    }

    /**
     * One headline card: an indicator's figure, its target for the year when a plan sets one, and whether it is met.
     * {@code met} is null without a target.
     */
    public record Kpi(String code, Figure figure, BigDecimal target, Boolean met) {
    }

    /** The figures of one year's annual reports. */
    public record TrendPoint(int year, Map<String, Figure> figures) {
    }
}
