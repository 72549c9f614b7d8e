package vn.itplan.user;

import java.io.Serializable;
import java.util.List;

/**
 * What the bulk creation of unit administrators keeps in the HTTP session between its steps (all
 * {@link Serializable}, the session being stored in the database): the {@link Preview} of the uploaded file until
 * it is confirmed, then the {@link Passwords} created until they are downloaded, once.
 */
final class UserImport {

    static final String PREVIEW = UserImport.class.getName() + ".preview";
    static final String PASSWORDS = UserImport.class.getName() + ".passwords";

    private UserImport() {}

    /** One row of the file as read, with the unit it names (when found) and its problems (message keys). */
    record Row(
            int line,
            String username,
            String fullName,
            String email,
            String unitCode,
            Long unitId,
            String unitName,
            List<String> problems)
            implements Serializable {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Every row of an uploaded file; nothing is written while a row has a problem. */
    record Preview(String filename, List<Row> rows) implements Serializable {

        public long problemCount() {
            return rows.stream().filter(r -> !r.ok()).count();
        }

        public boolean ready() {
            return !rows.isEmpty() && problemCount() == 0;
        }
    }

    /** A created account and its one-time password, until the administrator downloads the list. */
    record Credential(String username, String fullName, String unitCode, String password) implements Serializable {}

    record Passwords(List<Credential> credentials) implements Serializable {}
}
