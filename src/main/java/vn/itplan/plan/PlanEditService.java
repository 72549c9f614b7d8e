package vn.itplan.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.indicator.Indicator;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.legal.LegalDocument;
import vn.itplan.legal.LegalDocumentService;
import vn.itplan.period.PeriodService;
import vn.itplan.security.CurrentUser;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.StaleEditException;

/**
 * Every change staff make to a plan. Each one locks the plan row, refuses anything but a draft
 * ({@link PlanStateException}) and is audited under entity type "Plan" with the plan's id, so the plan's
 * history reads in one place.
 *
 * <p>Ids typed by nobody (a section, a target of this plan) that do not belong to the plan are 404; ids the
 * user chose in a form (a document, an indicator, a unit) that do not exist are field errors. Other
 * features are only asked through look-ups that return nothing rather than throw, so that a refusal never
 * marks the shared transaction for rollback.
 */
@Service
@Transactional
class PlanEditService {

    static final String ENTITY = "Plan";

    private final PlanRepository plans;
    private final PlanLegalBasisRepository bases;
    private final PlanSectionRepository sections;
    private final PlanTargetRepository targets;
    private final PlanTaskRepository tasks;
    private final LegalDocumentService documents;
    private final IndicatorService indicators;
    private final UnitService units;
    private final PeriodService periods;
    private final AuditService audit;
    private final Clock clock;

    PlanEditService(PlanRepository plans, PlanLegalBasisRepository bases, PlanSectionRepository sections,
                    PlanTargetRepository targets, PlanTaskRepository tasks, LegalDocumentService documents,
                    IndicatorService indicators, UnitService units, PeriodService periods, AuditService audit,
                    Clock clock) {
        this.plans = plans;
        this.bases = bases;
        this.sections = sections;
        this.targets = targets;
        this.tasks = tasks;
        this.documents = documents;
        this.indicators = indicators;
        this.units = units;
        this.periods = periods;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- metadata

    Plan create(PlanForm form, CurrentUser user) {
        requireStaff(user);
        PlanForm clean = normalized(form);
        checkMetadata(clean, null);
        Plan plan = new Plan(clean.getNumber(), clean.getTitle(), clean.getYear());
        apply(clean, plan);
        plan = plans.save(plan);
        audit.record(user.username(), "PLAN_CREATED", ENTITY, plan.getId(),
                plan.getNumber() + " (" + plan.getYear() + "): " + plan.getTitle());
        return plan;
    }

    void update(Long planId, PlanForm form, CurrentUser user) {
        Plan plan = draft(planId, user);
        StaleEditException.check("plan", planId, form.getVersion(), plan.getVersion());
        PlanForm clean = normalized(form);
        checkMetadata(clean, plan);
        StringJoiner changes = new StringJoiner("\n");
        change(changes, "number", plan.getNumber(), clean.getNumber());
        change(changes, "title", plan.getTitle(), clean.getTitle());
        change(changes, "year", plan.getYear(), clean.getYear());
        change(changes, "issueDate", plan.getIssueDate(), clean.getIssueDate());
        change(changes, "effectiveDate", plan.getEffectiveDate(), clean.getEffectiveDate());
        change(changes, "issuer", plan.getIssuer(), clean.getIssuer());
        change(changes, "signer", plan.getSigner(), clean.getSigner());
        change(changes, "signerTitle", plan.getSignerTitle(), clean.getSignerTitle());
        change(changes, "fields", plan.getFields(), clean.getFields());
        change(changes, "baselinePeriodId", plan.getBaselinePeriodId(), clean.getBaselinePeriodId());
        if (changes.length() == 0) {
            return;
        }
        apply(clean, plan);
        audit.record(user.username(), "PLAN_UPDATED", ENTITY, planId, plan.getNumber() + ": " + changedFields(changes),
                changes.toString());
    }

    private void checkMetadata(PlanForm form, Plan plan) {
        if (form.getIssueDate() != null && form.getEffectiveDate() != null
                && form.getEffectiveDate().isBefore(form.getIssueDate())) {
            throw new InvalidInputException("effectiveDate", "plan.effectiveBeforeIssue");
        }
        if (form.getBaselinePeriodId() != null && periods.findAll().stream()
                .noneMatch(p -> p.getId().equals(form.getBaselinePeriodId()))) {
            throw new InvalidInputException("baselinePeriodId", "plan.baselinePeriod.unknown");
        }
        Set<Long> chain = plan == null ? Set.of() : ancestorsAndSelf(plan);
        boolean taken = plans.findByIssuerAndYearAndNumberIgnoreCase(form.getIssuer(), form.getYear(), form.getNumber())
                .stream().anyMatch(other -> !chain.contains(other.getId()));
        if (taken) {
            throw new InvalidInputException("number", "plan.number.duplicate", form.getNumber(), String.valueOf(form.getYear()));
        }
    }

    /** A revision keeps the number of the plan it revises: those plans are not duplicates of it. */
    private Set<Long> ancestorsAndSelf(Plan plan) {
        Set<Long> ids = new HashSet<>();
        Plan current = plan;
        while (current != null && ids.add(current.getId())) {
            current = current.getRevisionOf() == null ? null : plans.findById(current.getRevisionOf()).orElse(null);
        }
        return ids;
    }

    private static PlanForm normalized(PlanForm form) {
        PlanForm clean = new PlanForm();
        clean.setNumber(oneLine(form.getNumber()));
        clean.setTitle(oneLine(form.getTitle()));
        clean.setYear(form.getYear());
        clean.setIssueDate(form.getIssueDate());
        clean.setEffectiveDate(form.getEffectiveDate());
        clean.setIssuer(oneLine(form.getIssuer()));
        clean.setSigner(oneLine(form.getSigner()));
        clean.setSignerTitle(oneLine(form.getSignerTitle()));
        clean.setFields(oneLine(form.getFields()));
        clean.setBaselinePeriodId(form.getBaselinePeriodId());
        clean.setVersion(form.getVersion());
        return clean;
    }

    private static void apply(PlanForm form, Plan plan) {
        plan.setNumber(form.getNumber());
        plan.setTitle(form.getTitle());
        plan.setYear(form.getYear());
        plan.setIssueDate(form.getIssueDate());
        plan.setEffectiveDate(form.getEffectiveDate());
        plan.setIssuer(form.getIssuer());
        plan.setSigner(form.getSigner());
        plan.setSignerTitle(form.getSignerTitle());
        plan.setFields(form.getFields());
        plan.setBaselinePeriodId(form.getBaselinePeriodId());
    }

    // ---------------------------------------------------------------- legal bases

    void addLegalBasis(Long planId, Long documentId, CurrentUser user) {
        Plan plan = draft(planId, user);
        LegalDocument document = documentId == null ? null : documents.byIds(List.of(documentId)).get(documentId);
        if (document == null) {
            throw new InvalidInputException("documentId", "plan.basis.unknownDocument");
        }
        if (bases.existsByPlanIdAndLegalDocumentId(planId, documentId)) {
            throw new InvalidInputException("documentId", "plan.basis.duplicate", document.getNumber());
        }
        List<PlanLegalBasis> list = bases.findByPlanIdOrderByPositionAscIdAsc(planId);
        bases.save(new PlanLegalBasis(planId, documentId, list.size() + 1));
        audit.record(user.username(), "LEGAL_BASIS_ADDED", ENTITY, planId,
                plan.getNumber() + ": " + document.getNumber() + " at " + (list.size() + 1));
    }

    void removeLegalBasis(Long planId, Long basisId, CurrentUser user) {
        Plan plan = draft(planId, user);
        List<PlanLegalBasis> list = new ArrayList<>(bases.findByPlanIdOrderByPositionAscIdAsc(planId));
        PlanLegalBasis basis = list.stream().filter(b -> b.getId().equals(basisId)).findFirst()
                .orElseThrow(() -> new NotFoundException("legal basis", basisId));
        int at = list.indexOf(basis);
        list.remove(basis);
        bases.delete(basis);
        renumber(list, PlanLegalBasis::setPosition);
        audit.record(user.username(), "LEGAL_BASIS_REMOVED", ENTITY, planId,
                plan.getNumber() + ": " + documentNumber(basis.getLegalDocumentId()) + " (was " + (at + 1) + ")");
    }

    void moveLegalBasis(Long planId, Long basisId, boolean up, CurrentUser user) {
        Plan plan = draft(planId, user);
        List<PlanLegalBasis> list = new ArrayList<>(bases.findByPlanIdOrderByPositionAscIdAsc(planId));
        PlanLegalBasis basis = list.stream().filter(b -> b.getId().equals(basisId)).findFirst()
                .orElseThrow(() -> new NotFoundException("legal basis", basisId));
        int from = list.indexOf(basis);
        int to = move(list, from, up);
        if (to == from) {
            return;
        }
        renumber(list, PlanLegalBasis::setPosition);
        audit.record(user.username(), "LEGAL_BASIS_MOVED", ENTITY, planId,
                plan.getNumber() + ": " + documentNumber(basis.getLegalDocumentId()) + " " + (from + 1) + " → " + (to + 1));
    }

    private String documentNumber(Long documentId) {
        LegalDocument document = documents.byIds(List.of(documentId)).get(documentId);
        return document == null ? "#" + documentId : document.getNumber();
    }

    // ---------------------------------------------------------------- sections

    PlanSection saveSection(Long planId, SectionForm form, CurrentUser user) {
        Plan plan = draft(planId, user);
        List<PlanSection> all = sections.findByPlanIdOrderByPositionAscIdAsc(planId);
        String heading = oneLine(form.getHeading());
        String title = oneLine(form.getTitle());
        String body = text(form.getBody());
        if (!form.isNew()) {
            PlanSection section = find(all, form.getId());
            StaleEditException.check("section", section.getId(), form.getVersion(), section.getVersion());
            StringJoiner changes = new StringJoiner("\n");
            change(changes, "heading", section.getHeading(), heading);
            change(changes, "title", section.getTitle(), title);
            change(changes, "body", abbreviate(section.getBody()), abbreviate(body));
            if (!Objects.equals(section.getBody(), body) && Objects.equals(abbreviate(section.getBody()), abbreviate(body))) {
                changes.add("body: changed");
            }
            if (changes.length() > 0) {
                section.setHeading(heading);
                section.setTitle(title);
                section.setBody(body);
                audit.record(user.username(), "SECTION_UPDATED", ENTITY, planId,
                        plan.getNumber() + ": " + section.fullTitle() + " (" + changedFields(changes) + ")", changes.toString());
            }
            return section;
        }
        Long parentId = form.getParentId();
        if (parentId != null) {
            find(all, parentId);
        }
        List<PlanSection> siblings = new ArrayList<>(all.stream()
                .filter(s -> Objects.equals(s.getParentId(), parentId)).toList());
        int at = siblings.size();
        if (form.getAfterId() != null) {
            PlanSection after = find(all, form.getAfterId());
            if (!Objects.equals(after.getParentId(), parentId)) {
                throw new NotFoundException("sibling section", form.getAfterId());
            }
            at = siblings.indexOf(after) + 1;
        }
        PlanSection section = new PlanSection(planId, parentId, at + 1);
        section.setHeading(heading);
        section.setTitle(title);
        section.setBody(body);
        siblings.add(at, section);
        renumber(siblings, PlanSection::setPosition);
        section = sections.save(section);
        audit.record(user.username(), "SECTION_ADDED", ENTITY, planId, plan.getNumber() + ": " + section.fullTitle());
        return section;
    }

    /**
     * Puts generated current-status text into the plan: replaces the body of the section generated for this part
     * before, or adds a section for it under section II (created when the plan has none).
     */
    PlanSection insertNarrative(Long planId, NarrativePart part, String text, String newSectionTitle,
                                String statusSectionTitle, CurrentUser user) {
        Plan plan = draft(planId, user);
        List<PlanSection> all = sections.findByPlanIdOrderByPositionAscIdAsc(planId);
        String body = text(text);
        PlanSection existing = all.stream().filter(s -> s.getGeneratedPart() == part).findFirst().orElse(null);
        if (existing != null) {
            if (!Objects.equals(existing.getBody(), body)) {
                audit.record(user.username(), "SECTION_REGENERATED", ENTITY, planId,
                        plan.getNumber() + ": " + existing.fullTitle(),
                        "body: " + abbreviate(existing.getBody()) + " → " + abbreviate(body));
                existing.setBody(body);
            }
            return existing;
        }
        PlanSection status = all.stream()
                .filter(s -> s.getParentId() == null && isStatusSection(s))
                .findFirst()
                .orElseGet(() -> {
                    PlanSection created = new PlanSection(planId, null,
                            (int) all.stream().filter(s -> s.getParentId() == null).count() + 1);
                    created.setHeading("II.");
                    created.setTitle(statusSectionTitle);
                    return sections.save(created);
                });
        int position = (int) all.stream().filter(s -> Objects.equals(s.getParentId(), status.getId())).count() + 1;
        PlanSection section = new PlanSection(planId, status.getId(), position);
        section.setTitle(newSectionTitle);
        section.setBody(body);
        section.setGeneratedPart(part);
        section = sections.save(section);
        audit.record(user.username(), "SECTION_GENERATED", ENTITY, planId, plan.getNumber() + ": " + section.fullTitle());
        return section;
    }

    /** Section II of a plan: numbered "II." or titled "Hiện trạng ...". */
    private static boolean isStatusSection(PlanSection section) {
        return "II.".equals(section.getHeading() == null ? null : section.getHeading().strip())
                || vn.itplan.web.SearchText.fold(section.getTitle()).startsWith("hien trang");
    }

    void moveSection(Long planId, Long sectionId, boolean up, CurrentUser user) {
        Plan plan = draft(planId, user);
        List<PlanSection> all = sections.findByPlanIdOrderByPositionAscIdAsc(planId);
        PlanSection section = find(all, sectionId);
        List<PlanSection> siblings = new ArrayList<>(all.stream()
                .filter(s -> Objects.equals(s.getParentId(), section.getParentId())).toList());
        int from = siblings.indexOf(section);
        int to = move(siblings, from, up);
        if (to == from) {
            return;
        }
        renumber(siblings, PlanSection::setPosition);
        audit.record(user.username(), "SECTION_MOVED", ENTITY, planId,
                plan.getNumber() + ": " + section.fullTitle() + " " + (from + 1) + " → " + (to + 1));
    }

    /** Deletes the section and everything under it; returns how many sections went. */
    int deleteSection(Long planId, Long sectionId, CurrentUser user) {
        Plan plan = draft(planId, user);
        List<PlanSection> all = sections.findByPlanIdOrderByPositionAscIdAsc(planId);
        PlanSection section = find(all, sectionId);
        Map<Long, List<Long>> children = new HashMap<>();
        all.forEach(s -> children.computeIfAbsent(s.getParentId(), k -> new ArrayList<>()).add(s.getId()));
        Set<Long> doomed = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(sectionId));
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (doomed.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        String title = section.fullTitle();
        sections.deleteByIds(doomed);
        audit.record(user.username(), "SECTION_DELETED", ENTITY, planId,
                plan.getNumber() + ": " + title + " with " + (doomed.size() - 1) + " subsection(s)");
        return doomed.size();
    }

    private static PlanSection find(List<PlanSection> all, Long id) {
        return all.stream().filter(s -> s.getId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("section", id));
    }

    // ---------------------------------------------------------------- targets

    void saveTarget(Long planId, TargetForm form, CurrentUser user) {
        Plan plan = draft(planId, user);
        Indicator indicator = indicators.findAll().stream().filter(i -> i.getId().equals(form.getIndicatorId()))
                .findFirst().orElseThrow(() -> new InvalidInputException("indicatorId", "plan.target.unknownIndicator"));
        boolean duplicate = form.getId() == null
                ? targets.existsByPlanIdAndIndicatorId(planId, indicator.getId())
                : targets.existsByPlanIdAndIndicatorIdAndIdNot(planId, indicator.getId(), form.getId());
        if (duplicate) {
            throw new InvalidInputException("indicatorId", "plan.target.duplicate", indicator.getCode());
        }
        String note = text(form.getNote());
        if (form.getId() == null) {
            PlanTarget target = new PlanTarget(planId, indicator.getId());
            target.setBaselineValue(form.getBaselineValue());
            target.setTargetValue(form.getTargetValue());
            target.setNote(note);
            targets.save(target);
            audit.record(user.username(), "TARGET_ADDED", ENTITY, planId, plan.getNumber() + ": " + indicator.getCode()
                    + " " + number(form.getBaselineValue()) + " → " + number(form.getTargetValue()));
            return;
        }
        PlanTarget target = targets.findById(form.getId()).filter(t -> t.getPlanId().equals(planId))
                .orElseThrow(() -> new NotFoundException("target", form.getId()));
        StaleEditException.check("target", target.getId(), form.getVersion(), target.getVersion());
        StringJoiner changes = new StringJoiner("\n");
        change(changes, "indicator", target.getIndicatorId(), indicator.getId());
        change(changes, "baselineValue", number(target.getBaselineValue()), number(form.getBaselineValue()));
        change(changes, "targetValue", number(target.getTargetValue()), number(form.getTargetValue()));
        change(changes, "note", target.getNote(), note);
        if (changes.length() == 0) {
            return;
        }
        target.setIndicatorId(indicator.getId());
        target.setBaselineValue(form.getBaselineValue());
        target.setTargetValue(form.getTargetValue());
        target.setNote(note);
        // a value staff have confirmed is no longer a made-up demo value
        target.setDemo(false);
        audit.record(user.username(), "TARGET_UPDATED", ENTITY, planId,
                plan.getNumber() + ": " + indicator.getCode() + " (" + changedFields(changes) + ")", changes.toString());
    }

    void deleteTarget(Long planId, Long targetId, CurrentUser user) {
        Plan plan = draft(planId, user);
        PlanTarget target = targets.findById(targetId).filter(t -> t.getPlanId().equals(planId))
                .orElseThrow(() -> new NotFoundException("target", targetId));
        targets.delete(target);
        String code = indicators.findAll().stream().filter(i -> i.getId().equals(target.getIndicatorId()))
                .map(Indicator::getCode).findFirst().orElse("#" + target.getIndicatorId());
        audit.record(user.username(), "TARGET_DELETED", ENTITY, planId, plan.getNumber() + ": " + code
                + " target " + number(target.getTargetValue()));
    }

    // ---------------------------------------------------------------- tasks

    void saveTask(Long planId, TaskForm form, CurrentUser user) {
        Plan plan = draft(planId, user);
        if (form.getStartDate() != null && form.getEndDate() != null && form.getEndDate().isBefore(form.getStartDate())) {
            throw new InvalidInputException("endDate", "plan.task.endBeforeStart");
        }
        Set<Long> partners = new LinkedHashSet<>(form.getPartnerUnitIds() == null ? List.of()
                : form.getPartnerUnitIds().stream().filter(Objects::nonNull).toList());
        if (partners.contains(form.getLeadUnitId())) {
            throw new InvalidInputException("partnerUnitIds", "plan.task.partnerIsLead");
        }
        Set<Long> wanted = new HashSet<>(partners);
        wanted.add(form.getLeadUnitId());
        Map<Long, Unit> found = units.byIds(wanted);
        if (!found.containsKey(form.getLeadUnitId())) {
            throw new InvalidInputException("leadUnitId", "plan.task.unknownUnit");
        }
        if (!found.keySet().containsAll(partners)) {
            throw new InvalidInputException("partnerUnitIds", "plan.task.unknownUnit");
        }
        PlanTask task;
        StringJoiner changes = new StringJoiner("\n");
        if (form.getId() == null) {
            task = new PlanTask(planId, tasks.maxPosition(planId) + 1);
        } else {
            task = tasks.findById(form.getId()).filter(t -> t.getPlanId().equals(planId))
                    .orElseThrow(() -> new NotFoundException("task", form.getId()));
            StaleEditException.check("task", task.getId(), form.getVersion(), task.getVersion());
            change(changes, "name", task.getName(), oneLine(form.getName()));
            change(changes, "goal", task.getGoal(), text(form.getGoal()));
            change(changes, "leadUnitId", task.getLeadUnitId(), form.getLeadUnitId());
            change(changes, "partnerUnitIds", task.getPartnerUnitIds(), partners);
            change(changes, "startDate", task.getStartDate(), form.getStartDate());
            change(changes, "endDate", task.getEndDate(), form.getEndDate());
            change(changes, "budget", task.getBudget(), form.getBudget());
            change(changes, "fundingSource", task.getFundingSource(), form.getFundingSource());
            change(changes, "status", task.getStatus(), form.getStatus());
            change(changes, "progress", task.getProgress(), form.getProgress());
            change(changes, "note", task.getNote(), text(form.getNote()));
            if (changes.length() == 0) {
                return;
            }
        }
        task.setName(oneLine(form.getName()));
        task.setGoal(text(form.getGoal()));
        task.setLeadUnitId(form.getLeadUnitId());
        task.getPartnerUnitIds().clear();
        task.getPartnerUnitIds().addAll(partners);
        task.setStartDate(form.getStartDate());
        task.setEndDate(form.getEndDate());
        task.setBudget(form.getBudget());
        task.setFundingSource(form.getFundingSource());
        task.setStatus(form.getStatus());
        task.setProgress(form.getProgress());
        task.setNote(text(form.getNote()));
        if (form.getId() == null) {
            task = tasks.save(task);
            audit.record(user.username(), "TASK_ADDED", ENTITY, planId, plan.getNumber() + ": " + task.getName()
                    + ", " + new DisplayFormat().money(task.getBudget()) + " " + task.getFundingSource());
        } else {
            audit.record(user.username(), "TASK_UPDATED", ENTITY, planId,
                    plan.getNumber() + ": " + task.getName() + " (" + changedFields(changes) + ")", changes.toString());
        }
    }

    void moveTask(Long planId, Long taskId, boolean up, CurrentUser user) {
        Plan plan = draft(planId, user);
        List<PlanTask> list = new ArrayList<>(tasks.findByPlanIdOrderByPositionAscIdAsc(planId));
        PlanTask task = list.stream().filter(t -> t.getId().equals(taskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("task", taskId));
        int from = list.indexOf(task);
        int to = move(list, from, up);
        if (to == from) {
            return;
        }
        renumber(list, PlanTask::setPosition);
        audit.record(user.username(), "TASK_MOVED", ENTITY, planId,
                plan.getNumber() + ": " + task.getName() + " " + (from + 1) + " → " + (to + 1));
    }

    void deleteTask(Long planId, Long taskId, CurrentUser user) {
        Plan plan = draft(planId, user);
        PlanTask task = tasks.findById(taskId).filter(t -> t.getPlanId().equals(planId))
                .orElseThrow(() -> new NotFoundException("task", taskId));
        tasks.delete(task);
        audit.record(user.username(), "TASK_DELETED", ENTITY, planId, plan.getNumber() + ": " + task.getName()
                + ", " + new DisplayFormat().money(task.getBudget()));
    }

    // ---------------------------------------------------------------- issue and revise

    void issue(Long planId, CurrentUser user) {
        Plan plan = draft(planId, user);
        if (plan.getIssueDate() == null) {
            throw new PlanStateException(planId, "plan.issue.needsIssueDate");
        }
        if (plan.getEffectiveDate() == null) {
            plan.setEffectiveDate(plan.getIssueDate());
        }
        plan.setStatus(PlanStatus.ISSUED);
        plan.setIssuedAt(Instant.now(clock));
        plan.setIssuedBy(user.username());
        audit.record(user.username(), "PLAN_ISSUED", ENTITY, planId, plan.getNumber() + " issued "
                + new DisplayFormat().date(plan.getIssueDate()) + ", effective " + new DisplayFormat().date(plan.getEffectiveDate()));
    }

    /** Copies an issued plan, with everything in it, into a new draft that revises it. */
    Plan revise(Long planId, CurrentUser user) {
        requireStaff(user);
        Plan original = plans.findForUpdate(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        if (!original.isIssued()) {
            throw new PlanStateException(planId, "plan.revise.notIssued");
        }
        if (plans.findByRevisionOf(planId).isPresent()) {
            throw new PlanStateException(planId, "plan.revise.exists");
        }
        Plan copy = new Plan(original.getNumber(), original.getTitle(), original.getYear());
        apply(PlanForm.of(original), copy);
        copy.setRevisionOf(planId);
        copy.setRevisionNo(original.getRevisionNo() + 1);
        copy = plans.save(copy);
        Long copyId = copy.getId();

        for (PlanLegalBasis basis : bases.findByPlanIdOrderByPositionAscIdAsc(planId)) {
            bases.save(new PlanLegalBasis(copyId, basis.getLegalDocumentId(), basis.getPosition()));
        }
        copySections(planId, copyId);
        for (PlanTarget target : targets.findByPlanIdOrderByIdAsc(planId)) {
            PlanTarget t = new PlanTarget(copyId, target.getIndicatorId());
            t.setBaselineValue(target.getBaselineValue());
            t.setTargetValue(target.getTargetValue());
            t.setNote(target.getNote());
            t.setDemo(target.isDemo());
            targets.save(t);
        }
        for (PlanTask task : tasks.findByPlanIdOrderByPositionAscIdAsc(planId)) {
            PlanTask t = new PlanTask(copyId, task.getPosition());
            t.setName(task.getName());
            t.setGoal(task.getGoal());
            t.setLeadUnitId(task.getLeadUnitId());
            t.getPartnerUnitIds().addAll(task.getPartnerUnitIds());
            t.setStartDate(task.getStartDate());
            t.setEndDate(task.getEndDate());
            t.setBudget(task.getBudget());
            t.setFundingSource(task.getFundingSource());
            t.setStatus(task.getStatus());
            t.setProgress(task.getProgress());
            t.setNote(task.getNote());
            tasks.save(t);
        }
        String summary = original.getNumber() + ": revision " + copy.getRevisionNo();
        audit.record(user.username(), "PLAN_REVISED", ENTITY, planId, summary + " drafted as plan #" + copyId);
        audit.record(user.username(), "PLAN_REVISED", ENTITY, copyId, summary + " of plan #" + planId);
        return copy;
    }

    /** Parents before children, so that each copy's parent id is known when it is saved. */
    private void copySections(Long fromPlan, Long toPlan) {
        List<PlanSection> all = sections.findByPlanIdOrderByPositionAscIdAsc(fromPlan);
        Map<Long, Long> newIds = new HashMap<>();
        Deque<Long> parents = new ArrayDeque<>();
        parents.add(0L);
        while (!parents.isEmpty()) {
            Long parent = parents.poll();
            for (PlanSection s : all) {
                Long p = s.getParentId() == null ? 0L : s.getParentId();
                if (p.equals(parent)) {
                    PlanSection c = new PlanSection(toPlan, s.getParentId() == null ? null : newIds.get(s.getParentId()),
                            s.getPosition());
                    c.setHeading(s.getHeading());
                    c.setTitle(s.getTitle());
                    c.setBody(s.getBody());
                    c.setGeneratedPart(s.getGeneratedPart());
                    newIds.put(s.getId(), sections.save(c).getId());
                    parents.add(s.getId());
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The plan, locked for this transaction, if the user may change it: staff, and a draft. */
    private Plan draft(Long planId, CurrentUser user) {
        requireStaff(user);
        Plan plan = plans.findForUpdate(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        if (!plan.isDraft()) {
            throw new PlanStateException(planId, "plan.locked");
        }
        return plan;
    }

    private static void requireStaff(CurrentUser user) {
        if (user == null || !user.isStaff()) {
            throw new AccessDeniedException("only IT staff change plans");
        }
    }

    /** Moves the element at {@code from} one place up or down; returns where it is now. */
    private static <T> int move(List<T> list, int from, boolean up) {
        int to = up ? from - 1 : from + 1;
        if (from < 0 || to < 0 || to >= list.size()) {
            return from;
        }
        T item = list.remove(from);
        list.add(to, item);
        return to;
    }

    private static <T> void renumber(List<T> list, java.util.function.ObjIntConsumer<T> setPosition) {
        for (int i = 0; i < list.size(); i++) {
            setPosition.accept(list.get(i), i + 1);
        }
    }

    private static void change(StringJoiner changes, String field, Object before, Object after) {
        String b = display(before);
        String a = display(after);
        if (!Objects.equals(b, a)) {
            changes.add(field + ": " + b + " → " + a);
        }
    }

    private static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.time.LocalDate date) {
            return new DisplayFormat().date(date);
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(String::valueOf).sorted().toList().toString();
        }
        return value.toString();
    }

    private static String changedFields(StringJoiner changes) {
        return String.join(", ", changes.toString().lines().map(l -> l.substring(0, l.indexOf(':'))).distinct().toList());
    }

    private static String number(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    /** One line of text: trimmed, inner runs of white space made one space, empty as null. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.strip().replaceAll("\\s+", " ");
        return clean.isEmpty() ? null : clean;
    }

    /** A text area: line ends made \n, trailing space trimmed, empty as null. */
    static String text(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return clean.isEmpty() ? null : clean;
    }
}
