package vn.itplan.user;

import java.security.SecureRandom;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Passwords an administrator hands over once (a new account, a reset, an import): 16 characters from an alphabet
 * without look-alikes (no 0/O, 1/l/I), in four groups of four, e.g. {@code Hq7x-mP3c-Ws9k-Ta4e}. Each passes the
 * {@link PasswordPolicy}.
 *
 * <p>They are stored as bcrypt hashes of a lower cost ({@value #BCRYPT_COST}) than chosen passwords (the encoder's
 * default, 10): bcrypt's slowness protects passwords people choose, which can be guessed; a one-time password is 16
 * random characters of 56 (about 93 bits), which no number of guesses finds whatever the hash costs, and it lives
 * only until its first use. At cost 10, hashing the one-time passwords of 500 imported accounts took minutes;
 * at cost {@value #BCRYPT_COST} it takes a fraction of a second. The hash is written as {@code {bcrypt}…}, so the
 * application's password encoder checks it as any other.
 */
final class OneTimePasswords {

    static final int BCRYPT_COST = 4;
    private static final BCryptPasswordEncoder HASH = new BCryptPasswordEncoder(BCRYPT_COST);

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

    /** The one-time password's hash, as the application's password encoder reads it. */
    static String hash(String oneTime) {
        return "{bcrypt}" + HASH.encode(oneTime);
    }
}
