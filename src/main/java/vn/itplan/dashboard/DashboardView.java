package vn.itplan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.plan.PlanFigures;
import vn.itplan.plan.ProgressStatus;
import vn.itplan.report.BoardCounts;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.KeyIndicators;
import vn.itplan.rollup.Rollup;
import vn.itplan.rollup.UnitRow;
import vn.itplan.unit.UnitKind;

/**
 * Everything the dashboard page shows, computed by {@link DashboardService}; {@code planTargets} is null when no plan
 * sets targets for the figures' year.
 */
public record DashboardView(
        DashboardFilters filters,
        List<ReportingPeriod> periods,
        List<Integer> years,
        List<UnitOption> units,
        ReportingPeriod figuresPeriod,
        Rollup figures,
        Completeness completeness,
        List<Kpi> kpis,
        List<TrendPoint> trend,
        Ranking ranking,
        PlanFigures.PlanTargets planTargets) {

    /** How many units a list on the page names before it says "and n more" (pending, missing, ranking ends). */
    public static final int LISTED = 10;

    /**
     * A unit of the filter: its id, code, name (short name when there is one), level in the tree and whether units
     * are under it.
     */
    public record UnitOption(Long id, String code, String name, int level, boolean branch) {

        /** The option's label: indented under the top of the tree. */
        public String label() {
            return level > 0 ? "— " + name : name;
        }

        boolean matches(String folded) {
            return folded(name).contains(folded) || folded(code).contains(folded);
        }

        /** Lower case without Vietnamese accents (đ as d), for a search that forgives both. */
        static String folded(String text) {
            if (text == null) {
                return "";
            }
            String decomposed = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFD);
            return decomposed
                    .replaceAll("\\p{M}", "")
                    .replace('đ', 'd')
                    .replace('Đ', 'D')
                    .toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The first units without an approved report that the caption names; the others are counted. */
    public List<UnitRow> missingListed() {
        List<UnitRow> missing = figures.coverage().missing();
        return missing.subList(0, Math.min(LISTED, missing.size()));
    }

    public List<String> adoptionCodes() {
        return KeyIndicators.ADOPTION;
    }

    public List<String> trendCodes() {
        return KeyIndicators.TREND;
    }

    /** Per adoption indicator, its figure among provincial bodies and among districts. */
    public List<GroupRow> adoptionRows() {
        Map<String, Figure> provincial = figures.figuresByGroup().get(UnitKind.Group.PROVINCIAL);
        Map<String, Figure> district = figures.figuresByGroup().get(UnitKind.Group.DISTRICT);
        return KeyIndicators.ADOPTION.stream()
                .map(code -> new GroupRow(code, provincial.get(code), district.get(code)))
                .toList();
    }

    public record GroupRow(String code, Figure provincial, Figure district) {}

    /** The plan's targets of indicators the roll-up computes, by code: the target chart and its table. */
    public List<PlanFigures.TargetProgress> targets() {
        if (planTargets == null || figures == null) {
            return List.of();
        }
        return planTargets.targets().stream()
                .filter(t -> figures.figures().containsKey(t.code()))
                .sorted(Comparator.comparing(PlanFigures.TargetProgress::code))
                .toList();
    }

    /**
     * The completeness board's counts for one period over the dashboard's scope (the board's rule and statement), and
     * the units still without an approved report.
     */
    public record Completeness(ReportingPeriod period, BoardCounts counts, List<UnitRow> pending) {

        /** The first pending units the page names; the others are counted and found on the board. */
        public List<UnitRow> pendingListed() {
            return pending.subList(0, Math.min(LISTED, pending.size()));
        }

        public BigDecimal receivedShare() {
            return share(counts.received(), counts.expected());
        }

        public BigDecimal onTimeShare() {
            return share(counts.onTime(), counts.onTime() + counts.late());
        }

        private static BigDecimal share(int part, int whole) {
            return whole == 0
                    ? null
                    : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
        }
    }

    /**
     * One headline card: an indicator (with its code in the framework the dashboard is grouped by, null when it is not),
     * its figure for the dashboard's year and scope, and its plan target's progress as the plan page judges it (null
     * without a target).
     */
    public record Kpi(String code, String frameworkCode, Figure figure, PlanFigures.TargetProgress progress) {

        public BigDecimal target() {
            return progress == null ? null : progress.targetValue();
        }

        /**
         * A count-of-units target as a share of the units the province expects (what a group's or subtree's share
         * is compared with); null for other targets or without data.
         */
        public BigDecimal targetShare() {
            if (progress == null
                    || progress.coverage() == null
                    || progress.coverage().expected() == 0) {
                return null;
            }
            return progress.targetValue()
                    .divide(BigDecimal.valueOf(progress.coverage().expected()), 4, RoundingMode.HALF_UP);
        }

        /** Whether the target is met; null without a target. */
        public Boolean met() {
            return progress == null ? null : progress.status() == ProgressStatus.ACHIEVED;
        }
    }

    /** The figures of one period's reports (a year, or a quarter when the dashboard shows quarters). */
    public record TrendPoint(ReportingPeriod period, Map<String, Figure> figures) {}
}
