package vn.itplan.security;

import java.util.Optional;

/**
 * Personal API tokens as the security layer needs them: the user a bearer token stands for, if it is known,
 * not revoked and its account enabled. Implemented by {@code user.ApiTokenService} (the accounts), so that
 * {@code security} does not depend on {@code user}.
 */
public interface ApiTokens {

    /** The prefix every token starts with, so that a leaked one is easy to recognise (and to search for). */
    String PREFIX = "itp_";

    Optional<CurrentUser> authenticate(String token);
}
