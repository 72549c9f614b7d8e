package vn.itplan.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.indicator.Indicator;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.legal.LegalDocument;
import vn.itplan.legal.LegalDocumentService;
import vn.itplan.period.PeriodService;
import vn.itplan.plan.PlanViews.BudgetSummary;
import vn.itplan.plan.PlanViews.LegalBasisView;
import vn.itplan.plan.PlanViews.PlanPage;
import vn.itplan.plan.PlanViews.PlanRow;
import vn.itplan.plan.PlanViews.SectionView;
import vn.itplan.plan.PlanViews.TargetView;
import vn.itplan.plan.PlanViews.TaskView;
import vn.itplan.plan.PlanViews.YearGroup;
import vn.itplan.security.CurrentUser;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.NotFoundException;

/**
 * Plans as the screens and other features read them. Every list is one query plus bulk look-ups of the
 * catalogues it points to, whatever the size of the plan.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final PlanRepository plans;
    private final PlanLegalBasisRepository bases;
    private final PlanSectionRepository sections;
    private final PlanTargetRepository targets;
    private final PlanTaskRepository tasks;
    private final LegalDocumentService documents;
    private final IndicatorService indicators;
    private final UnitService units;
    private final PeriodService periods;

    public Plan get(Long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    /** Newest year first; within a year drafts, then by issue date, newest first. */
    public List<YearGroup> listByYear() {
        List<Plan> all = plans.findAllForList();
        Map<Long, Plan> byId = all.stream().collect(Collectors.toMap(Plan::getId, Function.identity()));
        Set<Long> revised =
                all.stream().map(Plan::getRevisionOf).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Integer, List<PlanRow>> groups = new LinkedHashMap<>();
        for (Plan plan : all) {
            Plan revises = plan.getRevisionOf() == null ? null : byId.get(plan.getRevisionOf());
            groups.computeIfAbsent(plan.getYear(), y -> new ArrayList<>())
                    .add(new PlanRow(
                            plan, revises == null ? null : revises.getNumber(), revised.contains(plan.getId())));
        }
        return groups.entrySet().stream()
                .map(e -> new YearGroup(e.getKey(), e.getValue()))
                .toList();
    }

    /** The whole plan page; {@code editable} only for staff on a draft. */
    public PlanPage page(Long id, CurrentUser user) {
        Plan plan = get(id);
        boolean staff = user != null && user.isStaff();
        Plan revisedBy = plans.findByRevisionOf(id).orElse(null);
        return new PlanPage(
                plan,
                plan.getBaselinePeriodId() == null ? null : periods.get(plan.getBaselinePeriodId()),
                plan.getRevisionOf() == null
                        ? null
                        : plans.findById(plan.getRevisionOf()).orElse(null),
                revisedBy,
                legalBases(id),
                sections(id),
                targets(id),
                tasks(id),
                budget(id),
                staff && plan.isDraft(),
                staff && plan.isIssued() && revisedBy == null);
    }

    /** The legal bases in the plan's order, numbered from 1. */
    public List<LegalBasisView> legalBases(Long planId) {
        List<PlanLegalBasis> rows = bases.findByPlanIdOrderByPositionAscIdAsc(planId);
        Map<Long, LegalDocument> docs = documents.byIds(
                rows.stream().map(PlanLegalBasis::getLegalDocumentId).toList());
        List<LegalBasisView> views = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PlanLegalBasis row = rows.get(i);
            views.add(new LegalBasisView(
                    row.getId(), i + 1, docs.get(row.getLegalDocumentId()), i == 0, i == rows.size() - 1));
        }
        return views;
    }

    /** The section tree in reading order (depth first, siblings by position). */
    public List<SectionView> sections(Long planId) {
        List<PlanSection> all = sections.findByPlanIdOrderByPositionAscIdAsc(planId);
        Map<Long, List<PlanSection>> children = new HashMap<>();
        for (PlanSection s : all) {
            children.computeIfAbsent(s.getParentId(), k -> new ArrayList<>()).add(s);
        }
        List<SectionView> out = new ArrayList<>();
        flatten(children, null, null, 0, out, new HashSet<>());
        return out;
    }

    private int flatten(
            Map<Long, List<PlanSection>> children,
            Long parentId,
            String parentNumber,
            int depth,
            List<SectionView> out,
            Set<Long> seen) {
        List<PlanSection> siblings = children.getOrDefault(parentId, List.of());
        int count = 0;
        for (int i = 0; i < siblings.size(); i++) {
            PlanSection s = siblings.get(i);
            if (!seen.add(s.getId())) {
                continue;
            }
            int at = out.size();
            out.add(null);
            String number = SectionNumbers.of(depth, i, parentNumber);
            int descendants = flatten(children, s.getId(), number, depth + 1, out, seen);
            out.set(at, new SectionView(s, depth, i == 0, i == siblings.size() - 1, descendants, number));
            count += 1 + descendants;
        }
        return count;
    }

    /** Targets in the order of the indicator catalogue. */
    public List<TargetView> targets(Long planId) {
        Map<Long, Indicator> byId =
                indicators.findAll().stream().collect(Collectors.toMap(Indicator::getId, Function.identity()));
        return targets.findByPlanIdOrderByIdAsc(planId).stream()
                .map(t -> new TargetView(t, byId.get(t.getIndicatorId())))
                .sorted(Comparator.comparing((TargetView v) -> v.indicator().getSortOrder())
                        .thenComparing(v -> v.indicator().getCode()))
                .toList();
    }

    /** Tasks in the appendix's order with their units (one bulk look-up). */
    public List<TaskView> tasks(Long planId) {
        List<PlanTask> rows = tasks.findByPlanIdOrderByPositionAscIdAsc(planId);
        Set<Long> unitIds = new HashSet<>();
        rows.forEach(t -> {
            unitIds.add(t.getLeadUnitId());
            unitIds.addAll(t.getPartnerUnitIds());
        });
        Map<Long, Unit> byId = units.byIds(unitIds);
        List<TaskView> views = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PlanTask t = rows.get(i);
            views.add(new TaskView(
                    t,
                    i + 1,
                    byId.get(t.getLeadUnitId()),
                    t.getPartnerUnitIds().stream()
                            .map(byId::get)
                            .filter(Objects::nonNull)
                            .toList(),
                    i == 0,
                    i == rows.size() - 1));
        }
        return views;
    }

    /** Budget by funding source from one GROUP BY; sources without tasks show zero. */
    public BudgetSummary budget(Long planId) {
        Map<FundingSource, BudgetTotal> found = tasks.budgetBySource(planId).stream()
                .collect(Collectors.toMap(BudgetTotal::source, Function.identity()));
        List<BudgetTotal> all = new ArrayList<>();
        long total = 0;
        for (FundingSource source : FundingSource.values()) {
            BudgetTotal row = found.getOrDefault(source, new BudgetTotal(source, 0L, 0L));
            all.add(row);
            total = Math.addExact(total, row.budget());
        }
        return new BudgetSummary(all, total);
    }

    /**
     * The plan whose targets a year's figures are compared with: an issued plan of that year, else an issued plan
     * whose baseline is that year's annual period (the next year's plan, built on this year's status), else a draft
     * of that year.
     */
    public java.util.Optional<Plan> planForTargets(int year) {
        List<Plan> all = plans.findAllForList();
        java.util.Optional<Plan> sameYear =
                all.stream().filter(p -> p.getYear() == year && p.isIssued()).findFirst();
        if (sameYear.isPresent()) {
            return sameYear;
        }
        java.util.Set<Long> baselines = periods.findAll().stream()
                .filter(p -> p.getYear() == year && p.getKind() == vn.itplan.period.PeriodKind.ANNUAL)
                .map(vn.itplan.period.ReportingPeriod::getId)
                .collect(Collectors.toSet());
        return all.stream()
                .filter(p -> p.isIssued() && baselines.contains(p.getBaselinePeriodId()))
                .findFirst()
                .or(() -> all.stream().filter(p -> p.getYear() == year).findFirst());
    }
}
