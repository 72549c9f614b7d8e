package vn.itplan.security;

import java.util.List;
import org.springframework.stereotype.Component;

/** Placeholder until sessions are stored in the database: knows no sessions and no sign-ins. */
@Component
class NoUserSessions implements UserSessions {

    @Override
    public void endAllSessions(String username) {}

    @Override
    public int endOtherSessions(String username, String currentSessionId) {
        return 0;
    }

    @Override
    public List<SignIn> recentSignIns(String username, int limit) {
        return List.of();
    }
}
