package vn.itplan.plan;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.AuditText;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.NotFoundException;

/**
 * What every change to a plan starts and ends with: the plan row locked for the transaction (edits of one plan take
 * turns), refused with {@link PlanStateException} unless it is a draft; and an audit record under entity type
 * {@value #ENTITY} with the plan's id, so that the plan's history reads in one place.
 */
@RequiredArgsConstructor
@Component
class PlanDrafts {

    static final String ENTITY = "Plan";

    private final PlanRepository plans;
    private final AuditService audit;

    /** The plan, locked until the end of the transaction. */
    Plan lock(Long planId) {
        return plans.findForUpdate(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    /**
     * The plan, locked, if it may still be changed: a draft. A change voids the leader's sign-off: what was approved
     * is no longer what would be issued.
     */
    Plan lockDraft(Long planId) {
        Plan plan = lockUnchanged(planId);
        plan.signOff(null, null);
        return plan;
    }

    /** The draft, locked, for an action that does not change its content (sign-off, issue). */
    Plan lockUnchanged(Long planId) {
        Plan plan = lock(planId);
        if (!plan.isDraft()) {
            throw new PlanStateException(planId, "plan.locked");
        }
        return plan;
    }

    void record(CurrentUser user, String action, Long planId, String summary) {
        audit.record(user.username(), action, ENTITY, planId, summary);
    }

    void record(CurrentUser user, String action, Long planId, String summary, String details) {
        audit.record(user.username(), action, ENTITY, planId, summary, details);
    }

    void record(CurrentUser user, String action, Long planId, String summary, ChangeLog changes) {
        audit.record(user.username(), action, ENTITY, planId, summary, changes.details());
    }

    /** An item of the plan (a legal basis, a section, a task), named {@code item}, moved one place up or down. */
    void recordMove(CurrentUser user, String action, Plan plan, String item, Positions.Move move) {
        record(
                user,
                action,
                plan.getId(),
                AuditText.of("audit.summary.plan.moved", plan.getNumber(), item, move.from(), move.to()));
    }
}
