package vn.itplan.security;

/**
 * The four roles of the portal: administrators (accounts, audit trail, everything IT staff do), IT staff (the
 * catalogues, plans, report reviews), unit administrators (their own unit's reports) and leaders (read-only
 * dashboards and plans). Which routes each may reach is in {@code security.SecurityConfig}.
 */
public enum Role {
    ADMIN,
    IT_STAFF,
    UNIT_ADMIN,
    LEADER;

    /** The Spring Security authority name, e.g. {@code ROLE_IT_STAFF}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
