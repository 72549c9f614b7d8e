package vn.itplan.user;

import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;

@Service
@Transactional(readOnly = true)
public class UserService {

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
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    @Transactional
    public AppUser createUser(String actor, String username, String rawPassword, String fullName, Role role, Long unitId) {
        AppUser user = users.save(new AppUser(normalise(username), passwordEncoder.encode(rawPassword), fullName, role, unitId));
        audit.record(actor, "USER_CREATED", "AppUser", user.getId(),
                "username=" + username + ", role=" + role + (unitId == null ? "" : ", unitId=" + unitId));
        return user;
    }
}
