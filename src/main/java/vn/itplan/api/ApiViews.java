package vn.itplan.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.itplan.indicator.Indicator;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.plan.Plan;
import vn.itplan.report.ReportExchange;
import vn.itplan.rollup.Figure;
import vn.itplan.unit.Unit;

/** What the API returns: plain records, named as in the portal's glossary (src/docs/domain.md). */
final class ApiViews {

    private ApiViews() {}

    record UnitView(
            Long id,
            String code,
            String name,
            String shortName,
            String kind,
            String group,
            Long parentId,
            int level,
            String gsoCode,
            LocalDate validFrom,
            LocalDate validTo,
            boolean active,
            boolean reporting) {

        static UnitView of(Unit u) {
            return new UnitView(
                    u.getId(),
                    u.getCode(),
                    u.getName(),
                    u.getShortName(),
                    u.getKind().name(),
                    u.getKind().group().name(),
                    u.getParentId(),
                    u.getLevel(),
                    u.getGsoCode(),
                    u.getValidFrom(),
                    u.getValidTo(),
                    u.isActive(),
                    u.isReporting());
        }
    }

    record PeriodView(
            Long id,
            int year,
            String kind,
            int seq,
            String code,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate dueDate,
            boolean open) {

        static PeriodView of(ReportingPeriod p) {
            return new PeriodView(
                    p.getId(),
                    p.getYear(),
                    p.getKind().name(),
                    p.getSeq(),
                    vn.itplan.report.PeriodCode.of(p),
                    p.getStartDate(),
                    p.getEndDate(),
                    p.getDueDate(),
                    p.isOpen());
        }
    }

    record ReportView(
            Long id,
            Long unitId,
            String unitCode,
            String unitName,
            Long periodId,
            String state,
            long version,
            Instant updatedAt,
            Instant submittedAt,
            Instant approvedAt) {

        static ReportView of(ReportExchange.ReportSummary r) {
            return new ReportView(
                    r.id(),
                    r.unitId(),
                    r.unitCode(),
                    r.unitName(),
                    r.periodId(),
                    r.state().name(),
                    r.version(),
                    r.updatedAt(),
                    r.submittedAt(),
                    r.approvedAt());
        }
    }

    /** A report with its figures by property name (see {@code GET /api/v1/reports/fields}). */
    record ReportDetail(ReportView report, Map<String, Object> values) {

        static ReportDetail of(ReportExchange.ReportData data) {
            return new ReportDetail(ReportView.of(data.report()), data.values());
        }
    }

    record FieldView(String field, String section, String kind, boolean requiredToSubmit, String label) {}

    record PlanView(
            Long id,
            String number,
            int year,
            String title,
            String status,
            LocalDate issueDate,
            Long baselinePeriodId,
            Long revisionOf) {

        static PlanView of(Plan p) {
            return new PlanView(
                    p.getId(),
                    p.getNumber(),
                    p.getYear(),
                    p.getTitle(),
                    p.getStatus().name(),
                    p.getIssueDate(),
                    p.getBaselinePeriodId(),
                    p.getRevisionOf());
        }
    }

    /** One indicator's figure: value in the indicator's unit, numerator and denominator, coverage. */
    record FigureView(
            String code,
            String name,
            String unitOfMeasure,
            String aggregation,
            boolean percentage,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            int unitsExpected,
            int unitsApproved) {

        static FigureView of(Figure f, Indicator indicator, String name) {
            return new FigureView(
                    f.code(),
                    name,
                    indicator == null ? null : indicator.getUnitOfMeasure(),
                    f.aggregation() == null ? null : f.aggregation().name(),
                    f.percentage(),
                    f.value(),
                    f.numerator(),
                    f.denominator(),
                    f.coverage() == null ? 0 : f.coverage().expected(),
                    f.coverage() == null ? 0 : f.coverage().approved());
        }
    }

    record PeriodFigures(
            PeriodView period, String group, int unitsExpected, int unitsApproved, List<FigureView> figures) {}

    record TargetView(
            String code,
            String name,
            BigDecimal baseline,
            BigDecimal target,
            BigDecimal actual,
            BigDecimal previous,
            String status) {}

    record PlanFigures(
            PlanView plan,
            PeriodView baselinePeriod,
            List<FigureView> figures,
            PeriodView actualPeriod,
            List<TargetView> targets) {}
}
