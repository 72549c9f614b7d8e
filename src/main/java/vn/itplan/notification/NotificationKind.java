package vn.itplan.notification;

import vn.itplan.security.Role;

/**
 * What a notification tells: a review decision or a staff comment, a deadline near or passed, a reminder sent by
 * staff, the staff's daily digest of submitted reports.
 */
public enum NotificationKind {
    RETURNED,
    APPROVED,
    REOPENED,
    COMMENTED,
    DEADLINE,
    OVERDUE,
    REMINDER,
    DIGEST;

    /** Whether the role receives this kind: the digest goes to IT staff and admins, the others to unit admins. */
    boolean sentTo(Role role) {
        return this == DIGEST ? role == Role.IT_STAFF || role == Role.ADMIN : role == Role.UNIT_ADMIN;
    }

    /** Where the notification leads: its report, the staff's work queue for a digest, else the reports page. */
    String target(Long reportId) {
        if (reportId != null) {
            return "/reports/" + reportId;
        }
        return this == DIGEST ? "/reports/queue" : "/reports";
    }

    public String messageKey() {
        return "notification.kind." + name();
    }
}
