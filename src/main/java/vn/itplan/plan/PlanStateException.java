package vn.itplan.plan;

/**
 * A change the plan's state does not allow: editing an issued plan, issuing without an issue date, a second
 * revision. The controller answers 409 with the plan page and the message {@code messageKey}.
 */
class PlanStateException extends RuntimeException {

    private final Long planId;
    private final String messageKey;

    PlanStateException(Long planId, String messageKey) {
        super("plan " + planId + ": " + messageKey);
        this.planId = planId;
        this.messageKey = messageKey;
    }

    Long planId() {
        return planId;
    }

    String messageKey() {
        return messageKey;
    }
}
