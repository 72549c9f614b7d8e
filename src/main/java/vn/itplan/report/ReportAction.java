package vn.itplan.report;

/**
 * What someone can do with a status report. A transition names the state it leads to; {@link #EDIT},
 * {@link #VIEW} and {@link #VIEW_EVIDENCE} change nothing.
 */
public enum ReportAction {
    VIEW,
    VIEW_EVIDENCE,
    EDIT,
    SUBMIT,
    APPROVE,
    RETURN,
    REOPEN;

    /**
     * The state the report is in after this action; null for actions that are not transitions. A method rather
     * than a constructor argument: {@link ReportState}'s constants refer to these, so neither enum may need the
     * other while it is being initialised.
     */
    public ReportState target() {
        return switch (this) {
            case SUBMIT -> ReportState.SUBMITTED;
            case APPROVE -> ReportState.APPROVED;
            case RETURN, REOPEN -> ReportState.RETURNED;
            case VIEW, VIEW_EVIDENCE, EDIT -> null;
        };
    }

    public boolean isTransition() {
        return target() != null;
    }

    /** Returning and reopening must say why. */
    public boolean commentRequired() {
        return this == RETURN || this == REOPEN;
    }

    public String messageKey() {
        return "report.action." + name();
    }
}
