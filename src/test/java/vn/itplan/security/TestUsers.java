package vn.itplan.security;

/**
 * Signed-in users for tests that call services directly. The services' role checks ({@link StaffOnly},
 * {@link AdminOnly}) read the security context, so such a test also runs with e.g.
 * {@code @WithMockUser(roles = "IT_STAFF")}; the user passed here is who the audit trail names.
 */
public final class TestUsers {

    private TestUsers() {}

    public static CurrentUser staff(String username) {
        return new CurrentUser(null, username, "", username, Role.IT_STAFF, null, true);
    }

    public static CurrentUser admin(String username) {
        return new CurrentUser(null, username, "", username, Role.ADMIN, null, true);
    }
}
