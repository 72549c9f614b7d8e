package vn.itplan.notification;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.security.CurrentUser;

/** The layout's bell: {@code ${@notificationBell.unread()}}, the signed-in user's unread count (one query). */
@RequiredArgsConstructor
@Component("notificationBell")
@Transactional(readOnly = true)
public class NotificationBell {

    private final NotificationStore store;

    public int unread() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user && user.id() != null) {
            return store.unreadCount(user.id());
        }
        return 0;
    }
}
