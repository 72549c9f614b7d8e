package vn.itplan.plan;

import vn.itplan.security.CurrentUser;

/**
 * The items of a plan that staff delete by id from the plan page (legal bases, sections, targets, tasks). An id that
 * is not an item of the plan is 404; a plan that is not a draft refuses ({@link PlanStateException}).
 */
interface PlanItems {

    /** Deletes the item (a section with everything under it); returns how many items went. */
    int delete(Long planId, Long itemId, CurrentUser user);

    /** Items kept in an order that staff change: legal bases, sibling sections, tasks. */
    interface Ordered extends PlanItems {

        /** Moves the item one place among its siblings; nothing when it is already first (last). */
        void move(Long planId, Long itemId, boolean up, CurrentUser user);
    }
}
