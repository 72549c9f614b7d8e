package vn.itplan.user;

/** The four roles of the portal; see design.md, "Who uses it". */
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
