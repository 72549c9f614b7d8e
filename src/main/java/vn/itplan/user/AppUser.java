package vn.itplan.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.security.Role;
import vn.itplan.web.SearchText;
import vn.itplan.web.VersionedEntity;

/** An account: who signs in, with which role, bound to which unit (unit administrators only). */
@Entity
@Table(name = "app_user")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AppUser extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 200)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    /** The unit a {@link Role#UNIT_ADMIN} is bound to; null for the other roles. */
    @Column(name = "unit_id")
    private Long unitId;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Set when someone else chose the password (created, reset, imported): its owner must change it first. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    public AppUser(String username, String passwordHash, String fullName, Role role, Long unitId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.unitId = unitId;
    }

    /** A new account whose password an administrator hands over: its owner must change it at sign-in. */
    static AppUser withOneTimePassword(
            String username, String passwordHash, String fullName, String email, Role role, Long unitId) {
        AppUser user = new AppUser(username, passwordHash, fullName, role, unitId);
        user.email = email;
        user.mustChangePassword = true;
        return user;
    }

    void describe(String fullName, String email) {
        this.fullName = fullName;
        this.email = email;
    }

    /** The role and, for a unit administrator only, the unit. */
    void assign(Role role, Long unitId) {
        this.role = role;
        this.unitId = role == Role.UNIT_ADMIN ? unitId : null;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    /** A password chosen by an administrator: to be changed by its owner at the next sign-in. */
    void resetPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
    }

    /** A password its owner chose. */
    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    /** Username, name and e-mail folded for searching without diacritics. */
    String searchText() {
        return SearchText.fold(username + " " + fullName + " " + (email == null ? "" : email));
    }
}
