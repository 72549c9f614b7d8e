package vn.itplan.report;

import static vn.itplan.report.ReportAction.APPROVE;
import static vn.itplan.report.ReportAction.EDIT;
import static vn.itplan.report.ReportAction.REOPEN;
import static vn.itplan.report.ReportAction.RETURN;
import static vn.itplan.report.ReportAction.SUBMIT;
import static vn.itplan.report.ReportAction.VIEW;
import static vn.itplan.report.ReportAction.VIEW_EVIDENCE;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a status report, and in each state what each kind of user may do with it:
 * DRAFT → SUBMITTED → APPROVED; SUBMITTED → RETURNED → SUBMITTED; APPROVED → (reopen) → RETURNED.
 * Views render their buttons from {@link #actionsFor}; {@link ReportWorkflow} adds the period locks.
 * Leaders see approved reports only; evidence attachments are for the unit and the staff.
 */
public enum ReportState {
    DRAFT(
            EnumSet.of(VIEW, VIEW_EVIDENCE, EDIT, SUBMIT),
            EnumSet.of(VIEW, VIEW_EVIDENCE),
            EnumSet.noneOf(ReportAction.class)),
    SUBMITTED(
            EnumSet.of(VIEW, VIEW_EVIDENCE),
            EnumSet.of(VIEW, VIEW_EVIDENCE, APPROVE, RETURN),
            EnumSet.noneOf(ReportAction.class)),
    RETURNED(
            EnumSet.of(VIEW, VIEW_EVIDENCE, EDIT, SUBMIT),
            EnumSet.of(VIEW, VIEW_EVIDENCE),
            EnumSet.noneOf(ReportAction.class)),
    APPROVED(EnumSet.of(VIEW, VIEW_EVIDENCE), EnumSet.of(VIEW, VIEW_EVIDENCE, REOPEN), EnumSet.of(VIEW));

    private final Set<ReportAction> unit;
    private final Set<ReportAction> staff;
    private final Set<ReportAction> leader;

    ReportState(Set<ReportAction> unit, Set<ReportAction> staff, Set<ReportAction> leader) {
        this.unit = unit;
        this.staff = staff;
        this.leader = leader;
    }

    /** What this kind of user may do in this state, before period locks. */
    public Set<ReportAction> actionsFor(ReportActor actor) {
        Set<ReportAction> actions =
                switch (actor) {
                    case UNIT -> unit;
                    case STAFF -> staff;
                    case LEADER -> leader;
                };
        return EnumSet.copyOf(actions);
    }

    public boolean allows(ReportActor actor, ReportAction action) {
        return actionsFor(actor).contains(action);
    }

    /** Whether this kind of user may ever do the action, in some state. */
    public static boolean everAllowed(ReportActor actor, ReportAction action) {
        for (ReportState state : values()) {
            if (state.allows(actor, action)) {
                return true;
            }
        }
        return false;
    }

    public String messageKey() {
        return "report.state." + name();
    }
}
