package vn.itplan.user;

import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.security.AdminOnly;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.Role;

/** The portal's accounts: looked up at sign-in, created by administrators (and the first one at start-up). */
@Service
@Transactional(readOnly = true)
public class UserService {

    /** Who the audit trail names for what the portal does by itself, with nobody signed in. */
    public static final String SYSTEM_ACTOR = "system";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, AuditService audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    public Optional<AppUser> findByUsername(String username) {
        return users.findByUsername(normalise(username));
    }

    public boolean adminExists() {
        return users.existsByRole(Role.ADMIN);
    }

    /** Usernames are stored and compared in lower case. */
    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** An account an administrator creates; a unit administrator is bound to {@code unitId}. */
    @AdminOnly
    @Transactional
    public AppUser createUser(
            CurrentUser by, String username, String rawPassword, String fullName, Role role, Long unitId) {
        return create(by.username(), username, rawPassword, fullName, role, unitId);
    }

    /**
     * The first administrator, created at start-up from the configuration when there is none (nobody is signed
     * in then, so there is no {@link CurrentUser}); the audit trail names {@value #SYSTEM_ACTOR}. Package-private:
     * only {@link InitialAdminCreator} calls it.
     */
    @Transactional
    AppUser createFirstAdmin(String username, String rawPassword) {
        if (adminExists()) {
            throw new IllegalStateException("an administrator exists already");
        }
        return create(SYSTEM_ACTOR, username, rawPassword, "Administrator", Role.ADMIN, null);
    }

    private AppUser create(String actor, String username, String rawPassword, String fullName, Role role, Long unitId) {
        AppUser user = users.save(
                new AppUser(normalise(username), passwordEncoder.encode(rawPassword), fullName, role, unitId));
        audit.record(
                actor,
                "USER_CREATED",
                "AppUser",
                user.getId(),
                "username=" + username + ", role=" + role + (unitId == null ? "" : ", unitId=" + unitId));
        return user;
    }
}
