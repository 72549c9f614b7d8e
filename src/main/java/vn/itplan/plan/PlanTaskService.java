package vn.itplan.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditText;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.Problems;

/** The plan's appendix of tasks: each with a lead unit, co-operating units, dates and a budget in đồng. */
@RequiredArgsConstructor
@Service
@Transactional
class PlanTaskService implements PlanItems.Ordered {

    /** How many units a search of the task form lists at most. */
    static final int UNIT_MATCHES = 20;

    private final PlanTaskRepository tasks;
    private final PlanDrafts drafts;
    private final UnitService units;

    /**
     * Dates in order; the lead unit not also a partner; every unit in the catalogue and active (a unit the task had
     * before may stay on it).
     */
    Problems check(PlanTask existing, TaskForm form) {
        Problems problems = new Problems();
        if (form.getStartDate() != null
                && form.getEndDate() != null
                && form.getEndDate().isBefore(form.getStartDate())) {
            problems.reject("endDate", "plan.task.endBeforeStart");
        }
        Set<Long> partners = partners(form);
        if (partners.contains(form.getLeadUnitId())) {
            problems.reject("partnerUnitIds", "plan.task.partnerIsLead");
        }
        Set<Long> had = new HashSet<>();
        if (existing != null) {
            had.add(existing.getLeadUnitId());
            had.addAll(existing.getPartnerUnitIds());
        }
        Set<Long> wanted = new HashSet<>(partners);
        if (form.getLeadUnitId() != null) {
            wanted.add(form.getLeadUnitId());
        }
        Map<Long, Unit> found = units.byIds(wanted);
        checkUnit(
                problems,
                "leadUnitId",
                form.getLeadUnitId() == null ? Set.of() : Set.of(form.getLeadUnitId()),
                found,
                had);
        checkUnit(problems, "partnerUnitIds", partners, found, had);
        checkFunding(problems, form);
        return problems;
    }

    /**
     * At least one funding line; each with its source and amount, no source twice, the sum within a long (a line's
     * own number errors are the form's: the field keeps what was typed).
     */
    private static void checkFunding(Problems problems, TaskForm form) {
        List<TaskForm.Line> lines = form.getFunding() == null ? List.of() : form.getFunding();
        Set<FundingSource> seen = new HashSet<>();
        long sum = 0;
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            TaskForm.Line line = lines.get(i);
            if (line == null || line.isBlank()) {
                continue;
            }
            any = true;
            String at = "funding[" + i + "].";
            if (line.getSource() == null) {
                problems.reject(at + "source", "validation.required");
            } else if (!seen.add(line.getSource())) {
                problems.reject(at + "source", "plan.task.funding.duplicate");
            }
            if (line.getAmount() == null) {
                problems.reject(at + "amount", "validation.required");
            } else if (line.getAmount() >= 0) {
                try {
                    sum = Math.addExact(sum, line.getAmount());
                } catch (ArithmeticException tooLarge) {
                    problems.reject(at + "amount", "plan.task.funding.tooLarge");
                }
            }
        }
        if (!any) {
            problems.reject("funding", "plan.task.funding.none");
        }
    }

    private static List<FundingLine> fundingLines(TaskForm form) {
        return form.getFunding().stream()
                .filter(l -> l != null && !l.isBlank())
                .map(l -> new FundingLine(l.getSource(), l.getAmount()))
                .toList();
    }

    /** The same rules for a form of plan {@code planId}, so that the page shows them with the form's own errors. */
    @Transactional(readOnly = true)
    Problems check(Long planId, TaskForm form) {
        return check(form.getId() == null ? null : find(planId, form.getId()), form);
    }

    private static void checkUnit(
            Problems problems, String field, Set<Long> ids, Map<Long, Unit> found, Set<Long> had) {
        if (!found.keySet().containsAll(ids)) {
            problems.reject(field, "plan.task.unknownUnit");
        } else if (ids.stream().anyMatch(id -> !found.get(id).isActive() && !had.contains(id))) {
            problems.reject(field, "plan.task.inactiveUnit");
        }
    }

    /**
     * The units the task form offers. Up to {@link UnitService#FEW_UNITS} active units: all of them, with the units
     * of {@code used} and of the form (chosen before they were deactivated). Above: the form's units and the first
     * {@value #UNIT_MATCHES} active units that match its search, with the number of the others. Three statements at
     * most, whatever the size of the catalogue.
     */
    @StaffOnly
    @Transactional(readOnly = true)
    UnitChoices unitChoices(TaskForm form, Set<Long> used) {
        Set<Long> chosen = form.chosenUnits();
        if (units.countActive() <= UnitService.FEW_UNITS) {
            List<Unit> all = units.findAll().stream()
                    .filter(u -> u.isActive() || used.contains(u.getId()) || chosen.contains(u.getId()))
                    .toList();
            return new UnitChoices(all, false, null, 0, 0, UNIT_MATCHES);
        }
        Map<Long, Unit> byId = chosen.isEmpty() ? Map.of() : units.byIds(chosen);
        List<Unit> offered = new ArrayList<>();
        chosen.stream().map(byId::get).filter(Objects::nonNull).forEach(offered::add);
        String query = form.getUnitQuery() == null ? "" : form.getUnitQuery().strip();
        List<Unit> found = units.findActive(query, UNIT_MATCHES + 1);
        long more = found.size() > UNIT_MATCHES ? units.countActive(query) - UNIT_MATCHES : 0;
        List<Unit> shown = found.subList(0, Math.min(found.size(), UNIT_MATCHES));
        shown.stream().filter(u -> !chosen.contains(u.getId())).forEach(offered::add);
        return new UnitChoices(offered, true, query, shown.size(), more, UNIT_MATCHES);
    }

    /**
     * What the task form offers: {@code offered} as the lead's options and the partners' checkboxes; when
     * {@code searchable}, a search for {@code query} that found {@code matches} units (at most {@code limit}) and
     * {@code more} others.
     */
    record UnitChoices(List<Unit> offered, boolean searchable, String query, int matches, long more, int limit) {}

    @StaffOnly
    void save(Long planId, TaskForm form, CurrentUser user) {
        Plan plan = drafts.lockDraft(planId);
        PlanTask existing = PlanDrafts.editing(tasks, "task", planId, form.getId(), form.getVersion());
        check(existing, form).throwIfAny();
        TaskDetails details = new TaskDetails(
                PlanText.oneLine(form.getName()),
                PlanText.text(form.getGoal()),
                form.getLeadUnitId(),
                partners(form),
                form.getStartDate(),
                form.getEndDate(),
                fundingLines(form),
                form.getBudgetUsed(),
                form.getStatus(),
                form.getProgress(),
                PlanText.text(form.getNote()));
        if (existing == null) {
            PlanTask task = tasks.save(new PlanTask(planId, tasks.maxPosition(planId) + 1, details));
            drafts.record(
                    user,
                    "TASK_ADDED",
                    planId,
                    AuditText.of(
                            "audit.summary.plan.taskAdded",
                            plan.getNumber(),
                            task.getName(),
                            new DisplayFormat().money(task.getBudget()),
                            task.getFunding().size() == 1
                                    ? AuditText.key(
                                            task.getFunding().get(0).getSource().messageKey())
                                    : AuditText.key(
                                            "plan.funding.several",
                                            task.getFunding().size())));
            return;
        }
        TaskDetails before = existing.details();
        ChangeLog changes = new ChangeLog()
                .change("name", before.name(), details.name())
                .change("goal", before.goal(), details.goal())
                .change("leadUnitId", before.leadUnitId(), details.leadUnitId())
                .change("partnerUnitIds", before.partnerUnitIds(), details.partnerUnitIds())
                .change("startDate", before.startDate(), details.startDate())
                .change("endDate", before.endDate(), details.endDate())
                .change("budget", before.budget(), details.budget())
                .change("funding", before.funding(), details.funding())
                .change("budgetUsed", before.budgetUsed(), details.budgetUsed())
                .change("status", before.status(), details.status())
                .change("progress", before.progress(), details.progress())
                .change("note", before.note(), details.note());
        if (changes.isEmpty()) {
            return;
        }
        existing.edit(details);
        drafts.record(
                user,
                "TASK_UPDATED",
                planId,
                plan.getNumber() + ": " + existing.getName() + " (" + changes.fields() + ")",
                changes);
    }

    @Override
    @StaffOnly
    public void move(Long planId, Long taskId, boolean up, CurrentUser user) {
        Plan plan = drafts.lockDraft(planId);
        List<PlanTask> list = new ArrayList<>(tasks.findByPlanIdOrderByPositionAscIdAsc(planId));
        PlanTask task = list.stream()
                .filter(t -> t.getId().equals(taskId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("task", taskId));
        Positions.move(list, task, up, PlanTask::moveTo)
                .ifPresent(move -> drafts.recordMove(user, "TASK_MOVED", plan, task.getName(), move));
    }

    @Override
    @StaffOnly
    public int delete(Long planId, Long taskId, CurrentUser user) {
        Plan plan = drafts.lockDraft(planId);
        PlanTask task = find(planId, taskId);
        tasks.delete(task);
        drafts.record(
                user,
                "TASK_DELETED",
                planId,
                plan.getNumber() + ": " + task.getName() + ", " + new DisplayFormat().money(task.getBudget()));
        return 1;
    }

    private PlanTask find(Long planId, Long taskId) {
        return PlanDrafts.item(tasks, "task", planId, taskId);
    }

    private static Set<Long> partners(TaskForm form) {
        return new LinkedHashSet<>(
                form.getPartnerUnitIds() == null
                        ? List.of()
                        : form.getPartnerUnitIds().stream()
                                .filter(Objects::nonNull)
                                .toList());
    }
}
