package vn.itplan.user;

import java.util.List;
import vn.itplan.security.CurrentUser;

/**
 * A user's choice of e-mail per kind of notification, shown and saved on {@code /account}. The notification feature
 * keeps the choices and implements this (it depends on {@code user}, not the other way round).
 */
public interface EmailChoices {

    /** One kind of notification: its code, the key of its label, whether it also comes by e-mail. */
    record Choice(String kind, String labelKey, boolean email) {}

    /** The kinds the user's role receives, in order, with the user's choice (on unless turned off). */
    List<Choice> of(CurrentUser user);

    /** E-mail for the kinds listed, off for the others. */
    void save(long userId, List<String> emailKinds);

    /** Whether the portal sends e-mail at all (an SMTP server is configured). */
    boolean emailOn();
}
