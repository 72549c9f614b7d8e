package vn.itplan.notification;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.itplan.report.ReportCommented;
import vn.itplan.report.ReportReviewed;
import vn.itplan.security.Role;
import vn.itplan.user.UserService;

/**
 * Tells a unit's administrators that staff returned, approved, reopened or commented on their report (same
 * transaction).
 */
@RequiredArgsConstructor
@Component
class ReviewListener {

    private final Notifier notifier;
    private final UserService users;

    @EventListener
    void on(ReportReviewed event) {
        NotificationKind kind =
                switch (event.action()) {
                    case RETURN -> NotificationKind.RETURNED;
                    case APPROVE -> NotificationKind.APPROVED;
                    case REOPEN -> NotificationKind.REOPENED;
                    default -> null;
                };
        if (kind == null) {
            return;
        }
        var about = new Notifier.About(
                kind, event.reportId(), event.periodId(), event.unitId(), null, event.actor(), event.comment());
        tellUnit(event.unitId(), about);
    }

    @EventListener
    void on(ReportCommented event) {
        var about = new Notifier.About(
                NotificationKind.COMMENTED,
                event.reportId(),
                event.periodId(),
                event.unitId(),
                null,
                event.actor(),
                event.comment());
        tellUnit(event.unitId(), about);
    }

    private void tellUnit(long unitId, Notifier.About about) {
        users.enabledUsers(Role.UNIT_ADMIN, unitId).forEach(u -> notifier.notify(u, about, null));
    }
}
