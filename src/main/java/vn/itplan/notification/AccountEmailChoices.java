package vn.itplan.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.security.CurrentUser;
import vn.itplan.user.EmailChoices;

/** The e-mail choices of {@code /account}, kept in {@code notification_preference}. */
@RequiredArgsConstructor
@Service
@Transactional
class AccountEmailChoices implements EmailChoices {

    private final NotificationStore store;
    private final Notifier notifier;

    @Override
    @Transactional(readOnly = true)
    public List<Choice> of(CurrentUser user) {
        Map<NotificationKind, Boolean> choices = store.emailChoices(user.id());
        return Arrays.stream(NotificationKind.values())
                .filter(k -> k.sentTo(user.role()))
                .map(k -> new Choice(k.name(), k.messageKey(), choices.get(k)))
                .toList();
    }

    @Override
    public void save(long userId, List<String> emailKinds) {
        for (NotificationKind kind : NotificationKind.values()) {
            store.setEmailChoice(userId, kind, emailKinds != null && emailKinds.contains(kind.name()));
        }
    }

    @Override
    public boolean emailOn() {
        return notifier.emailOn();
    }
}
