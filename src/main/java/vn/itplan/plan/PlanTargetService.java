package vn.itplan.plan;

import java.math.BigDecimal;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditText;
import vn.itplan.indicator.Aggregation;
import vn.itplan.indicator.Formula;
import vn.itplan.indicator.Indicator;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.period.PeriodKind;
import vn.itplan.period.PeriodService;
import vn.itplan.report.BoardScope;
import vn.itplan.report.ReportBoardService;
import vn.itplan.rollup.Figure;
import vn.itplan.rollup.RollupScope;
import vn.itplan.rollup.RollupService;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.Problem;
import vn.itplan.web.Problems;
import vn.itplan.web.UniqueKeys;

/** A plan's targets: one per indicator of the catalogue in use in the plan's year, from baseline to target value. */
@RequiredArgsConstructor
@Service
@Transactional
class PlanTargetService implements PlanItems {

    static final String UNIQUE_INDICATOR = "uq_plan_target";

    private final PlanTargetRepository targets;
    private final PlanDrafts drafts;
    private final IndicatorService indicators;
    private final PeriodService periods;
    private final ReportBoardService boards;
    private final RollupService rollups;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The indicator exists, is in use in the plan's year (a target kept from before may keep its indicator) and has
     * no other target in this plan.
     */
    Problems check(Plan plan, PlanTarget existing, TargetForm form) {
        Problems problems = new Problems();
        Optional<Indicator> indicator = indicator(form.getIndicatorId());
        if (indicator.isEmpty()) {
            return problems.reject("indicatorId", "plan.target.unknownIndicator");
        }
        Indicator chosen = indicator.get();
        boolean kept = existing != null && existing.getIndicatorId().equals(chosen.getId());
        if (!kept && !chosen.validIn(plan.getYear())) {
            problems.reject(
                    "indicatorId", "plan.target.indicatorNotInYear", chosen.getCode(), String.valueOf(plan.getYear()));
        }
        boolean duplicate = existing == null
                ? targets.existsByPlanIdAndIndicatorId(plan.getId(), chosen.getId())
                : targets.existsByPlanIdAndIndicatorIdAndIdNot(plan.getId(), chosen.getId(), existing.getId());
        if (duplicate) {
            problems.add(duplicate(chosen));
        }
        // a target is entered in the indicator's display unit: a percentage is 0–100, a count of units at most the
        // units expected to report in the plan's year
        Optional<Formula> formula = indicators.formulaIn(chosen.getCode(), plan.getYear());
        if (formula.map(Formula::isPercentage).orElse(false)) {
            atMost(problems, form, HUNDRED, "indicator.target.percentOver100");
        } else if (formula.map(f -> f.aggregation() == Aggregation.COUNT_UNITS).orElse(false)) {
            periods.find(plan.getYear(), PeriodKind.ANNUAL, 1)
                    .map(p -> boards.counts(p.getId(), BoardScope.ALL).expected())
                    .ifPresent(expected ->
                            atMost(problems, form, BigDecimal.valueOf(expected), "indicator.target.unitsOverExpected"));
        }
        return problems;
    }

    /**
     * The baseline offered for a new target left without one: the indicator's figure in the plan's baseline period
     * over all units, in the target's unit ({@link Figure#comparable()}); none without a baseline period or figure.
     */
    private BigDecimal computedBaseline(Plan plan, Indicator indicator) {
        if (plan.getBaselinePeriodId() == null) {
            return null;
        }
        return rollups.rollup(plan.getBaselinePeriodId(), RollupScope.ALL)
                .figure(indicator.getCode())
                .map(Figure::comparable)
                .orElse(null);
    }

    private static void atMost(Problems problems, TargetForm form, BigDecimal limit, String key) {
        String shown = limit.toPlainString();
        if (form.getTargetValue() != null && form.getTargetValue().compareTo(limit) > 0) {
            problems.reject("targetValue", key, shown);
        }
        if (form.getBaselineValue() != null && form.getBaselineValue().compareTo(limit) > 0) {
            problems.reject("baselineValue", key, shown);
        }
    }

    @StaffOnly
    void save(Long planId, TargetForm form, CurrentUser user) {
        Plan plan = drafts.lockDraft(planId);
        PlanTarget existing = PlanDrafts.editing(targets, "target", planId, form.getId(), form.getVersion());
        check(plan, existing, form).throwIfAny();
        Indicator indicator = indicator(form.getIndicatorId()).orElseThrow();
        String note = PlanText.text(form.getNote());
        if (existing == null) {
            BigDecimal baseline =
                    form.getBaselineValue() != null ? form.getBaselineValue() : computedBaseline(plan, indicator);
            UniqueKeys.saveOrReject(
                    UNIQUE_INDICATOR,
                    duplicate(indicator),
                    () -> targets.saveAndFlush(
                            new PlanTarget(planId, indicator.getId(), baseline, form.getTargetValue(), note)));
            drafts.record(
                    user,
                    "TARGET_ADDED",
                    planId,
                    plan.getNumber() + ": " + indicator.getCode() + " " + PlanText.number(baseline) + " → "
                            + PlanText.number(form.getTargetValue()));
            return;
        }
        ChangeLog changes = new ChangeLog()
                .change("indicator", existing.getIndicatorId(), indicator.getId())
                .change(
                        "baselineValue",
                        PlanText.number(existing.getBaselineValue()),
                        PlanText.number(form.getBaselineValue()))
                .change(
                        "targetValue",
                        PlanText.number(existing.getTargetValue()),
                        PlanText.number(form.getTargetValue()))
                .change("note", existing.getNote(), note);
        if (changes.isEmpty()) {
            return;
        }
        existing.revise(indicator.getId(), form.getBaselineValue(), form.getTargetValue(), note);
        UniqueKeys.saveOrReject(UNIQUE_INDICATOR, duplicate(indicator), () -> targets.saveAndFlush(existing));
        drafts.record(
                user,
                "TARGET_UPDATED",
                planId,
                plan.getNumber() + ": " + indicator.getCode() + " (" + changes.fields() + ")",
                changes);
    }

    @Override
    @StaffOnly
    public int delete(Long planId, Long targetId, CurrentUser user) {
        Plan plan = drafts.lockDraft(planId);
        PlanTarget target = PlanDrafts.item(targets, "target", planId, targetId);
        targets.delete(target);
        String code = indicator(target.getIndicatorId()).map(Indicator::getCode).orElse("#" + target.getIndicatorId());
        drafts.record(
                user,
                "TARGET_DELETED",
                planId,
                AuditText.of(
                        "audit.summary.plan.targetDeleted",
                        plan.getNumber(),
                        code,
                        PlanText.number(target.getTargetValue())));
        return 1;
    }

    private Optional<Indicator> indicator(Long id) {
        return id == null
                ? Optional.empty()
                : indicators.findAll().stream()
                        .filter(i -> i.getId().equals(id))
                        .findFirst();
    }

    private static Problem duplicate(Indicator indicator) {
        return Problem.field("indicatorId", "plan.target.duplicate", indicator.getCode());
    }
}
