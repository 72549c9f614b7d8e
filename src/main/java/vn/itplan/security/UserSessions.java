package vn.itplan.security;

import java.time.Instant;
import java.util.List;

/**
 * The signed-in sessions of a user and their recent sign-ins, for the account pages and the user administration:
 * ending sessions when an account is disabled or its password reset, "sign out my other sessions".
 */
public interface UserSessions {

    /** Ends every session of the user (disabled account, password reset). */
    void endAllSessions(String username);

    /** Ends the user's sessions other than {@code currentSessionId}; how many were ended. */
    int endOtherSessions(String username, String currentSessionId);

    /** The user's latest sign-ins, newest first, successful or not. */
    List<SignIn> recentSignIns(String username, int limit);

    record SignIn(Instant at, String address, String browser, boolean succeeded) {}
}
