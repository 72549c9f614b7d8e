package vn.itplan.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the server sees it. Every scoping decision reads the role and the unit
 * from here, never from a request parameter. {@code mustChangePassword} is read at sign-in: the account's password
 * was set by an administrator and the user must choose their own before anything else.
 */
public record CurrentUser(
        Long id,
        String username,
        String passwordHash,
        String fullName,
        Role role,
        Long unitId,
        boolean enabled,
        boolean mustChangePassword)
        implements UserDetails {

    /** A user with a password of their own. */
    public CurrentUser(
            Long id, String username, String passwordHash, String fullName, Role role, Long unitId, boolean enabled) {
        this(id, username, passwordHash, fullName, role, unitId, enabled, false);
    }

    /** The same user after they chose their own password. */
    public CurrentUser withPasswordChanged() {
        return new CurrentUser(id, username, passwordHash, fullName, role, unitId, enabled, false);
    }

    public boolean hasRole(Role candidate) {
        return role == candidate;
    }

    /** IT staff and administrators: the people who keep catalogues, plans and reviews. */
    public boolean isStaff() {
        return role == Role.IT_STAFF || role == Role.ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + "]";
    }
}
