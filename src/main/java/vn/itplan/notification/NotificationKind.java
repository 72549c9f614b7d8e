package vn.itplan.notification;

/** What a notification tells: a review decision, a deadline near or passed, a reminder sent by staff. */
public enum NotificationKind {
    RETURNED,
    APPROVED,
    REOPENED,
    DEADLINE,
    OVERDUE,
    REMINDER;

    public String messageKey() {
        return "notification.kind." + name();
    }
}
