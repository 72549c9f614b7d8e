package vn.itplan.user;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.FieldChanges;
import vn.itplan.security.AdminOnly;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.Role;
import vn.itplan.security.UserSessions;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.Problem;
import vn.itplan.web.Problems;
import vn.itplan.web.SearchText;
import vn.itplan.web.StaleEditException;
import vn.itplan.web.UniqueKeys;

/**
 * The portal's accounts: looked up at sign-in, administered by administrators (created, edited, disabled, their
 * passwords reset), the first one created at start-up; each user changes their own password. Rules: a unit
 * administrator has exactly one unit, the other roles none; nobody changes their own role or disables themselves;
 * the last active administrator is neither disabled nor demoted. Every change is audited.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class UserService {

    /** Who the audit trail names for what the portal does by itself, with nobody signed in. */
    public static final String SYSTEM_ACTOR = "system";

    static final String ENTITY = "USER";
    static final String USERNAME_CONSTRAINT = "uq_app_user_username";
    static final int PAGE_SIZE = 25;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final UnitService units;
    private final UserSessions sessions;

    public Optional<AppUser> findByUsername(String username) {
        return users.findByUsername(normalise(username));
    }

    public boolean adminExists() {
        return users.existsByRole(Role.ADMIN);
    }

    /** Whether the signed-in user must change the password an administrator gave them before anything else. */
    public boolean mustChangePassword(String username) {
        return findByUsername(username).map(AppUser::isMustChangePassword).orElse(false);
    }

    /** Usernames are stored and compared in lower case. */
    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The enabled accounts of a role (and of a unit, when {@code unitId} is not null): whom a notification reaches.
     * The accounts of a province are a few hundred: filtered in memory.
     */
    public List<AppUser> enabledUsers(Role role, Long unitId) {
        return users.findAllByOrderByUsername().stream()
                .filter(u -> u.isEnabled() && u.getRole() == role)
                .filter(u -> unitId == null || unitId.equals(u.getUnitId()))
                .toList();
    }

    // ---- administration ------------------------------------------------------------------------------------

    /**
     * One page of accounts matching every word of {@code query} (username, name, e-mail, without diacritics) and
     * the filters (null: any). The accounts of a province are a few hundred: filtered in memory.
     */
    @AdminOnly
    public Page<AppUser> search(String query, Role role, Long unitId, Boolean enabled, int page) {
        List<String> terms = SearchText.terms(query);
        List<AppUser> matching = users.findAllByOrderByUsername().stream()
                .filter(u -> role == null || u.getRole() == role)
                .filter(u -> unitId == null || unitId.equals(u.getUnitId()))
                .filter(u -> enabled == null || u.isEnabled() == enabled)
                .filter(u -> terms.stream().allMatch(u.searchText()::contains))
                .toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        List<AppUser> slice =
                matching.subList(current * PAGE_SIZE, Math.min(matching.size(), (current + 1) * PAGE_SIZE));
        return new PageImpl<>(slice, PageRequest.of(current, PAGE_SIZE), matching.size());
    }

    @AdminOnly
    public AppUser get(Long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    /** Every unit, in the tree's order: the filter of the list and the choice of a unit administrator's unit. */
    List<Unit> units() {
        return units.findAll();
    }

    /**
     * The rules of {@link #create} and {@link #update} without saving ({@code id} null for a new account), so that
     * they show next to the fields together with Bean Validation's errors.
     */
    Problems check(UserForm form, Long id, CurrentUser by) {
        Problems problems = new Problems();
        if (id == null && form.getUsername() != null && users.existsByUsername(form.getUsername())) {
            problems.add(duplicateUsername());
        }
        if (form.getRole() == Role.UNIT_ADMIN) {
            if (form.getUnitId() == null) {
                problems.reject("unitId", "users.unit.required");
            } else if (units.byIds(List.of(form.getUnitId())).values().stream().noneMatch(Unit::isActive)) {
                problems.reject("unitId", "users.unit.inactive");
            }
        }
        if (id != null && form.getRole() != null) {
            users.findById(id).ifPresent(current -> {
                if (current.getRole() != form.getRole()) {
                    if (isSelf(current, by)) {
                        problems.reject("role", "users.role.own");
                    } else if (isLastActiveAdmin(current)) {
                        problems.reject("role", "users.role.lastAdmin");
                    }
                }
            });
        }
        return problems;
    }

    /** A new account with a one-time password (returned once, stored only as a hash) to be changed at sign-in. */
    @AdminOnly
    @Transactional
    Created create(UserForm form, CurrentUser by) {
        check(form, null, by).throwIfAny();
        return createWithOneTimePassword(
                form.getUsername(),
                form.getFullName(),
                form.getEmail(),
                form.getRole(),
                form.getRole() == Role.UNIT_ADMIN ? form.getUnitId() : null,
                by);
    }

    /**
     * Saves a checked account with a new one-time password (the form's and the import's accounts): a username
     * taken meanwhile is refused with the username's problem; the creation is audited.
     */
    Created createWithOneTimePassword(
            String username, String fullName, String email, Role role, Long unitId, CurrentUser by) {
        String oneTime = OneTimePasswords.generate(username);
        AppUser user =
                AppUser.withOneTimePassword(username, OneTimePasswords.hash(oneTime), fullName, email, role, unitId);
        UniqueKeys.saveOrReject(USERNAME_CONSTRAINT, duplicateUsername(), () -> users.saveAndFlush(user));
        recordCreated(by.username(), user);
        return new Created(user, oneTime);
    }

    /** An account an administrator creates with a password of their choosing (tests, tools). */
    @AdminOnly
    @Transactional
    public AppUser createUser(
            CurrentUser by, String username, String rawPassword, String fullName, Role role, Long unitId) {
        PasswordPolicy.check("password", normalise(username), rawPassword).throwIfAny();
        return create(by.username(), username, rawPassword, fullName, role, unitId);
    }

    @AdminOnly
    @Transactional
    AppUser update(Long id, UserForm form, CurrentUser by) {
        lockActiveAdmins();
        AppUser user = get(id);
        StaleEditException.check("user", id, form.getVersion(), user.getVersion());
        form.setUsername(user.getUsername());
        check(form, id, by).throwIfAny();
        Map<String, String> before = snapshot(user);
        user.describe(form.getFullName(), form.getEmail());
        user.assign(form.getRole(), form.getUnitId());
        users.flush();
        audit.recordChanges(
                by.username(),
                "USER_UPDATED",
                ENTITY,
                id,
                user.getUsername(),
                FieldChanges.between(before, snapshot(user)));
        return user;
    }

    /** Disables the account and ends its sessions; never oneself, never the last active administrator. */
    @AdminOnly
    @Transactional
    void disable(Long id, CurrentUser by) {
        lockActiveAdmins();
        AppUser user = get(id);
        if (!user.isEnabled()) {
            return;
        }
        Problems problems = new Problems();
        if (isSelf(user, by)) {
            problems.rejectGlobal("users.disable.self");
        } else if (isLastActiveAdmin(user)) {
            problems.rejectGlobal("users.disable.lastAdmin");
        }
        problems.throwIfAny();
        user.disable();
        users.flush();
        audit.record(by.username(), "USER_DISABLED", ENTITY, id, user.getUsername());
        sessions.endAllSessions(user.getUsername());
    }

    @AdminOnly
    @Transactional
    void enable(Long id, CurrentUser by) {
        AppUser user = get(id);
        if (user.isEnabled()) {
            return;
        }
        user.enable();
        users.flush();
        audit.record(by.username(), "USER_ENABLED", ENTITY, id, user.getUsername());
    }

    /** A new one-time password (returned once), to be changed at the next sign-in; the user's sessions end. */
    @AdminOnly
    @Transactional
    String resetPassword(Long id, CurrentUser by) {
        AppUser user = get(id);
        String oneTime = OneTimePasswords.generate(user.getUsername());
        user.resetPassword(OneTimePasswords.hash(oneTime));
        users.flush();
        audit.record(by.username(), "USER_PASSWORD_RESET", ENTITY, id, user.getUsername());
        sessions.endAllSessions(user.getUsername());
        return oneTime;
    }

    // ---- every user ----------------------------------------------------------------------------------------

    /** The rules of a password change: the current password, the policy, the new one typed twice. */
    Problems checkChange(CurrentUser user, PasswordForm form) {
        Problems problems = new Problems();
        AppUser account = findByUsername(user.username()).orElseThrow(() -> new NotFoundException("user", user.id()));
        if (form.getCurrentPassword() == null
                || !passwordEncoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
            problems.reject("currentPassword", "account.currentPassword.wrong");
        }
        Problems policy = PasswordPolicy.check("newPassword", account.getUsername(), form.getNewPassword());
        policy.asList().forEach(problems::add);
        if (policy.isEmpty()
                && form.getCurrentPassword() != null
                && form.getCurrentPassword().equals(form.getNewPassword())) {
            problems.reject("newPassword", "account.password.same");
        }
        if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
            problems.reject("confirmPassword", "account.password.mismatch");
        }
        return problems;
    }

    /** The signed-in user's new password, after {@link #checkChange}; clears "must change password". */
    @Transactional
    void changePassword(CurrentUser user, PasswordForm form) {
        checkChange(user, form).throwIfAny();
        AppUser account = findByUsername(user.username()).orElseThrow();
        account.changePassword(passwordEncoder.encode(form.getNewPassword()));
        users.flush();
        audit.record(user.username(), "USER_PASSWORD_CHANGED", ENTITY, account.getId(), account.getUsername());
    }

    // ---- the first administrator -----------------------------------------------------------------------------

    /**
     * The first administrator, created at start-up from the configuration when there is none (nobody is signed
     * in then, so there is no {@link CurrentUser}); the audit trail names {@value #SYSTEM_ACTOR}. Package-private:
     * only {@link InitialAdminCreator} calls it, after the {@link PasswordPolicy}.
     */
    @Transactional
    AppUser createFirstAdmin(String username, String rawPassword) {
        if (adminExists()) {
            throw new IllegalStateException("an administrator exists already");
        }
        PasswordPolicy.check("password", normalise(username), rawPassword).throwIfAny();
        return create(SYSTEM_ACTOR, username, rawPassword, "Administrator", Role.ADMIN, null);
    }

    private AppUser create(String actor, String username, String rawPassword, String fullName, Role role, Long unitId) {
        AppUser user = users.save(
                new AppUser(normalise(username), passwordEncoder.encode(rawPassword), fullName, role, unitId));
        recordCreated(actor, user);
        return user;
    }

    void recordCreated(String actor, AppUser user) {
        audit.recordCreation(actor, "USER_CREATED", ENTITY, user.getId(), user.getUsername(), snapshot(user));
    }

    /**
     * "Is this the last active administrator" is decided under a lock: the active administrators' rows are locked
     * before the account is read and the rule checked, so that two administrators disabling or demoting each other
     * at the same time are serialised and the second sees that the first left only one (PostgreSQL re-reads the
     * locked rows after the wait). Without it both would count two and both succeed, leaving none.
     */
    private void lockActiveAdmins() {
        users.findByRoleAndEnabledTrueOrderById(Role.ADMIN);
    }

    private boolean isLastActiveAdmin(AppUser user) {
        return user.getRole() == Role.ADMIN && user.isEnabled() && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1;
    }

    private static boolean isSelf(AppUser user, CurrentUser by) {
        return user.getUsername().equals(normalise(by.username()));
    }

    static Problem duplicateUsername() {
        return Problem.field("username", "users.username.duplicate");
    }

    static Map<String, String> snapshot(AppUser user) {
        Map<String, String> values = FieldChanges.snapshot();
        values.put("username", user.getUsername());
        values.put("fullName", user.getFullName());
        values.put("email", user.getEmail());
        values.put("role", user.getRole().name());
        values.put("unitId", user.getUnitId() == null ? null : user.getUnitId().toString());
        return values;
    }

    /** A new account and the one-time password to hand over (shown once, never stored in clear). */
    record Created(AppUser user, String oneTimePassword) {}
}
