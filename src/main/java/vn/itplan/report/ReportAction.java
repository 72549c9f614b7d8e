package vn.itplan.report;

/**
 * What someone can do with a status report. A transition names the state it leads to; {@link #EDIT},
 * {@link #VIEW} and {@link #VIEW_EVIDENCE} change nothing.
 */
public enum ReportAction {
    VIEW(null, false),
    VIEW_EVIDENCE(null, false),
    EDIT(null, false),
    SUBMIT(ReportState.SUBMITTED, false),
    APPROVE(ReportState.APPROVED, false),
    RETURN(ReportState.RETURNED, true),
    REOPEN(ReportState.RETURNED, true);

    private final ReportState target;
    private final boolean commentRequired;

    ReportAction(ReportState target, boolean commentRequired) {
        this.target = target;
        this.commentRequired = commentRequired;
    }

    /** The state the report is in after this action; null for actions that are not transitions. */
    public ReportState target() {
        return target;
    }

    public boolean isTransition() {
        return target != null;
    }

    /** Returning and reopening must say why. */
    public boolean commentRequired() {
        return commentRequired;
    }

    public String messageKey() {
        return "report.action." + name();
    }
}
