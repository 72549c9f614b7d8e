package vn.itplan.plan;

import lombok.RequiredArgsConstructor;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Component;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.AuditText;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.StaleEditException;
import vn.itplan.web.VersionedEntity;

/**
 * What every change to a plan starts and ends with: the plan row locked for the transaction (edits of one plan take
 * turns), refused with {@link PlanStateException} unless it is a draft; and an audit record under entity type
 * {@value #ENTITY} with the plan's id, so that the plan's history reads in one place.
 */
@RequiredArgsConstructor
@Component
class PlanDrafts {

    static final String ENTITY = "Plan";

    /** A row that belongs to one plan (a target, a task). */
    interface Item {
        Long getPlanId();
    }

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

    /** Item {@code id} ({@code kind}: "target", "task") of plan {@code planId}; another plan's, like an unknown one, is 404. */
    static <T extends Item> T item(CrudRepository<T, Long> items, String kind, Long planId, Long id) {
        return items.findById(id)
                .filter(item -> item.getPlanId().equals(planId))
                .orElseThrow(() -> new NotFoundException(kind, id));
    }

    /**
     * The item an edit form was opened on, {@code null} for a new one (no {@code id}): {@link #item}, refused with
     * {@link StaleEditException} when it changed since the form was opened at {@code version}.
     */
    static <T extends VersionedEntity & Item> T editing(
            CrudRepository<T, Long> items, String kind, Long planId, Long id, Long version) {
        if (id == null) {
            return null;
        }
        T item = item(items, kind, planId, id);
        StaleEditException.check(kind, id, version, item.getVersion());
        return item;
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
