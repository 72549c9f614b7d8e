package vn.itplan.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditText;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;

/** A plan's life: a draft is issued (and from then on read-only); an issued plan is revised by a new draft. */
@RequiredArgsConstructor
@Service
@Transactional
class PlanLifecycleService {

    private final PlanRepository plans;
    private final PlanLegalBasisRepository bases;
    private final PlanSectionRepository sections;
    private final PlanTargetRepository targets;
    private final PlanTaskRepository tasks;
    private final PlanDrafts drafts;
    private final PlanIssueChecks checks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Issues a draft whose checklist ({@link PlanIssueChecks}) has no failed blocking item; failed items that only ask
     * for a confirmation need {@code confirmed}, and the confirmation is audited with what it accepted. The export
     * takes the snapshot of the figures on {@link PlanIssued}, in this transaction.
     */
    @StaffOnly
    void issue(Long planId, boolean confirmed, CurrentUser user) {
        Plan plan = drafts.lockUnchanged(planId);
        if (plan.getIssueDate() == null) {
            throw new PlanStateException(planId, "plan.issue.needsIssueDate");
        }
        IssueChecklist checklist = checks.of(planId);
        if (checklist.blocked()) {
            throw new PlanStateException(planId, "plan.issue.blocked");
        }
        if (checklist.needsConfirmation() && !confirmed) {
            throw new PlanStateException(planId, "plan.issue.needsConfirmation");
        }
        Instant now = Instant.now(clock);
        if (checklist.needsConfirmation()) {
            drafts.record(
                    user,
                    "PLAN_ISSUE_CONFIRMED",
                    planId,
                    AuditText.of("audit.summary.plan.issueConfirmed", plan.getNumber()),
                    checklist.warnings().stream()
                            .map(item ->
                                    AuditText.of(item.messageKey(), item.args().toArray()))
                            .collect(Collectors.joining("\n")));
        }
        plan.issue(now, user.username());
        drafts.record(
                user,
                "PLAN_ISSUED",
                planId,
                AuditText.of(
                        "audit.summary.plan.issued",
                        plan.getNumber(),
                        plan.getIssueDate(),
                        plan.getEffectiveDate() == null
                                ? AuditText.key("audit.summary.none")
                                : plan.getEffectiveDate()));
        plans.flush();
        events.publishEvent(new PlanIssued(planId, user.username(), now));
    }

    /** A leader approves the draft for issue; any later change to the draft voids it ({@link PlanDrafts#lockDraft}). */
    @PreAuthorize("hasAnyRole('LEADER','ADMIN')")
    void signOff(Long planId, CurrentUser user) {
        Plan plan = drafts.lockUnchanged(planId);
        plan.signOff(Instant.now(clock), user.username());
        drafts.record(user, "PLAN_SIGNED_OFF", planId, AuditText.of("audit.summary.plan.signedOff", plan.getNumber()));
    }

    /** Copies an issued plan, with everything in it, into a new draft that revises it. */
    @StaffOnly
    Plan revise(Long planId, CurrentUser user) {
        Plan original = drafts.lock(planId);
        if (!original.isIssued()) {
            throw new PlanStateException(planId, "plan.revise.notIssued");
        }
        if (plans.findByRevisionOf(planId).isPresent()) {
            throw new PlanStateException(planId, "plan.revise.exists");
        }
        Plan copy = plans.save(original.revision());
        Long copyId = copy.getId();
        bases.findByPlanIdOrderByPositionAscIdAsc(planId).forEach(b -> bases.save(b.copyTo(copyId)));
        copySections(planId, copyId);
        targets.findByPlanIdOrderByIdAsc(planId).forEach(t -> targets.save(t.copyTo(copyId)));
        tasks.findByPlanIdOrderByPositionAscIdAsc(planId).forEach(t -> tasks.save(t.copyTo(copyId)));
        drafts.record(
                user,
                "PLAN_REVISED",
                planId,
                AuditText.of("audit.summary.plan.revisedAs", original.getNumber(), copy.getRevisionNo(), copyId));
        drafts.record(
                user,
                "PLAN_REVISED",
                copyId,
                AuditText.of("audit.summary.plan.revisionOf", original.getNumber(), copy.getRevisionNo(), planId));
        return copy;
    }

    /** Parents before children, so that each copy's parent id is known when it is saved. */
    private void copySections(Long fromPlan, Long toPlan) {
        List<PlanSection> all = sections.findByPlanIdOrderByPositionAscIdAsc(fromPlan);
        Map<Long, Long> newIds = new HashMap<>();
        boolean copied = true;
        while (copied) {
            copied = false;
            for (PlanSection s : all) {
                boolean parentReady = s.getParentId() == null || newIds.containsKey(s.getParentId());
                if (!newIds.containsKey(s.getId()) && parentReady) {
                    Long parent = s.getParentId() == null ? null : newIds.get(s.getParentId());
                    newIds.put(
                            s.getId(), sections.save(s.copyTo(toPlan, parent)).getId());
                    copied = true;
                }
            }
        }
    }
}
