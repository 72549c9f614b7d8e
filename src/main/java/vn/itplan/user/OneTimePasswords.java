package vn.itplan.user;

import java.security.SecureRandom;

/**
 * Passwords an administrator hands over once (a new account, a reset, an import): 16 characters from an alphabet
 * without look-alikes (no 0/O, 1/l/I), in four groups of four, e.g. {@code Hq7x-mP3c-Ws9k-Ta4e}. Each passes the
 * {@link PasswordPolicy}.
 */
final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    static String generate(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(19);
            for (int i = 0; i < 16; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String candidate = password.toString();
            if (PasswordPolicy.check("password", username, candidate).isEmpty()) {
                return candidate;
            }
        }
    }
}
