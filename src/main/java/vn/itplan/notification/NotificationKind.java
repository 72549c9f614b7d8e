package vn.itplan.notification;

import vn.itplan.security.Role;

/**
 * What a notification tells: a review decision or a staff comment, a deadline near or passed, a reminder sent by
 * staff, the staff's daily digest of submitted reports, a unit's extension request (to staff) and its decision.
 */
public enum NotificationKind {
    RETURNED,
    APPROVED,
    REOPENED,
    COMMENTED,
    DEADLINE,
    OVERDUE,
    REMINDER,
    DIGEST,
    EXTENSION_REQUESTED,
    EXTENSION_GRANTED,
    EXTENSION_REFUSED;

    /**
     * Whether the role receives this kind: the digest and extension requests go to IT staff and admins, the others to
     * unit admins.
     */
    boolean sentTo(Role role) {
        return toStaff() ? role == Role.IT_STAFF || role == Role.ADMIN : role == Role.UNIT_ADMIN;
    }

    private boolean toStaff() {
        return this == DIGEST || this == EXTENSION_REQUESTED;
    }

    /** Where the notification leads: its report, the staff's work queue for staff's kinds, else the reports page. */
    String target(Long reportId) {
        if (reportId != null) {
            return "/reports/" + reportId;
        }
        return toStaff() ? "/reports/queue" : "/reports";
    }

    public String messageKey() {
        return "notification.kind." + name();
    }
}
