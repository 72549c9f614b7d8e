package vn.itplan.security;

import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions are Spring Session JDBC's (tables spring_session*, indexed by principal name, which is the account's
 * user name); the sign-ins are the sign-in log that {@link SignInGuard} writes on every attempt.
 */
@RequiredArgsConstructor
@Component
class JdbcUserSessions implements UserSessions {

    private static final Logger log = LoggerFactory.getLogger(JdbcUserSessions.class);
    static final int MAX_RECENT = 100;

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final SignInLogRepository signIns;

    @Override
    public void endAllSessions(String username) {
        Set<String> ids = sessionIds(username);
        ids.forEach(sessions::deleteById);
        log.info("Ended all {} session(s) of user '{}'", ids.size(), SignInGuard.normalise(username));
    }

    @Override
    public int endOtherSessions(String username, String currentSessionId) {
        int ended = 0;
        for (String id : sessionIds(username)) {
            if (!id.equals(currentSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        log.info("Ended {} other session(s) of user '{}'", ended, SignInGuard.normalise(username));
        return ended;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SignIn> recentSignIns(String username, int limit) {
        return signIns.recent(SignInGuard.normalise(username), Math.max(0, Math.min(limit, MAX_RECENT)));
    }

    private Set<String> sessionIds(String username) {
        return Set.copyOf(
                sessions.findByPrincipalName(SignInGuard.normalise(username)).keySet());
    }
}
