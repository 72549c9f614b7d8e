package vn.itplan.notification;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.itplan.report.ExtensionDecided;
import vn.itplan.report.ExtensionRequested;
import vn.itplan.security.Role;
import vn.itplan.user.UserService;
import vn.itplan.web.DisplayFormat;

/**
 * Tells IT staff that a unit asked for a later deadline, and the unit's administrators that staff granted or refused
 * it (same transaction as the request or the decision).
 */
@RequiredArgsConstructor
@Component
class ExtensionRequestListener {

    private final Notifier notifier;
    private final UserService users;
    private final DisplayFormat fmt;

    @EventListener
    void on(ExtensionRequested event) {
        var about = new Notifier.About(
                NotificationKind.EXTENSION_REQUESTED,
                null,
                event.periodId(),
                event.unitId(),
                null,
                event.actor(),
                fmt.date(event.requestedTo()) + " — " + event.reason());
        users.enabledUsers(Role.IT_STAFF, null).forEach(u -> notifier.notify(u, about, null));
    }

    @EventListener
    void on(ExtensionDecided event) {
        var about = new Notifier.About(
                event.granted() ? NotificationKind.EXTENSION_GRANTED : NotificationKind.EXTENSION_REFUSED,
                null,
                event.periodId(),
                event.unitId(),
                null,
                event.actor(),
                event.granted() ? fmt.date(event.grantedTo()) + " — " + event.reason() : event.reason());
        users.enabledUsers(Role.UNIT_ADMIN, event.unitId()).forEach(u -> notifier.notify(u, about, null));
    }
}
