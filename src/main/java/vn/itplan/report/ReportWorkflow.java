package vn.itplan.report;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what to a report now: the state's actions for the kind of user ({@link ReportState}), less what the
 * period lock forbids, with the reason the page shows when the unit cannot edit. Pure: the caller supplies the
 * period window and today's date.
 */
public final class ReportWorkflow {

    private ReportWorkflow() {}

    /**
     * One unit's window in one period: whether the period is open, its due date and the unit's extension.
     * A closed period stays editable for a unit until its extension date has passed.
     */
    public record Window(boolean periodOpen, LocalDate dueDate, LocalDate extendedTo) {

        public boolean unitMayEdit(LocalDate today) {
            return periodOpen || (extendedTo != null && !today.isAfter(extendedTo));
        }

        /** The date the unit's report is due: its extension when it has one. */
        public LocalDate effectiveDue() {
            return extendedTo != null ? extendedTo : dueDate;
        }
    }

    /** Why something is read-only: a message key and, for some, a date argument. */
    public record Lock(String messageKey, LocalDate date) {}

    /** What the current user may do, and if they cannot edit, why. */
    public record Permissions(Set<ReportAction> actions, Lock lock) {

        public boolean can(ReportAction action) {
            return actions.contains(action);
        }

        /** For templates: {@code perms.can('APPROVE')}. */
        public boolean can(String action) {
            return actions.contains(ReportAction.valueOf(action));
        }
    }

    /** What {@code actor} may do with a report in {@code state} today. */
    public static Permissions permissions(ReportState state, ReportActor actor, Window window, LocalDate today) {
        Set<ReportAction> actions = state.actionsFor(actor);
        Lock lock = null;
        switch (actor) {
            case LEADER -> lock = new Lock("report.lock.leader", null);
            case STAFF -> lock = new Lock("report.lock.staff", null);
            case UNIT -> {
                if (state == ReportState.SUBMITTED) {
                    lock = new Lock("report.lock.submitted", null);
                } else if (state == ReportState.APPROVED) {
                    lock = new Lock("report.lock.approved", null);
                } else if (!window.unitMayEdit(today)) {
                    actions.remove(ReportAction.EDIT);
                    actions.remove(ReportAction.SUBMIT);
                    lock = closedLock(window, today);
                }
            }
        }
        return new Permissions(actions, lock);
    }

    /** Whether the unit may start its report for the period, and if not, why. */
    public static Lock startLock(Window window, LocalDate today) {
        return window.unitMayEdit(today) ? null : closedLock(window, today);
    }

    /**
     * The state after {@code action}, or an exception: {@link AccessDeniedException} (403) when this kind of user
     * can never do it, {@link ActionNotAllowedException} when the state or the period forbids it now.
     */
    public static ReportState transition(
            ReportState state, ReportAction action, ReportActor actor, Window window, LocalDate today) {
        if (!action.isTransition()) {
            throw new IllegalArgumentException(action + " is not a transition");
        }
        check(state, action, actor, window, today);
        return action.target();
    }

    /** Throws unless {@code actor} may do {@code action} now (see {@link #transition}). */
    public static void check(
            ReportState state, ReportAction action, ReportActor actor, Window window, LocalDate today) {
        if (!ReportState.everAllowed(actor, action)) {
            throw new AccessDeniedException(actor + " may never " + action + " a report");
        }
        Permissions permissions = permissions(state, actor, window, today);
        if (!permissions.can(action)) {
            // the unit's locks say why it cannot change its report now; anything else is a page left open too long
            Lock lock = actor == ReportActor.UNIT && permissions.lock() != null
                    ? permissions.lock()
                    : new Lock("report.action.notAllowedInState", null);
            throw new ActionNotAllowedException(lock, action, state);
        }
    }

    private static Lock closedLock(Window window, LocalDate today) {
        if (window.extendedTo() != null) {
            return new Lock("report.lock.extensionExpired", window.extendedTo());
        }
        if (window.dueDate() != null && today.isAfter(window.dueDate())) {
            return new Lock("report.lock.closedAfterDue", window.dueDate());
        }
        return new Lock("report.lock.periodClosed", null);
    }

    /** The state or the period forbids an action the user could do at another time; shown as a message. */
    public static class ActionNotAllowedException extends RuntimeException {

        private final transient Lock lock;
        private final ReportAction action;
        private final ReportState state;

        ActionNotAllowedException(Lock lock, ReportAction action, ReportState state) {
            super(action + " not allowed in " + state + ": " + lock.messageKey());
            this.lock = lock;
            this.action = action;
            this.state = state;
        }

        /** Why: a message key, with a date for some. */
        public Lock lock() {
            return lock;
        }

        public ReportAction action() {
            return action;
        }

        public ReportState state() {
            return state;
        }
    }
}
