package vn.itplan.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.itplan.web.Problem;
import vn.itplan.web.Problems;

/**
 * The one password policy, applied wherever a password is set (a change by its owner, a one-time password, the
 * first administrator from the environment): at least {@value #MIN_LENGTH} characters, not containing the
 * username, not a common or trivial password (the list shipped in {@value #COMMON_LIST}).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_LIST = "security/common-passwords.txt";

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** The problems of {@code password} for the account {@code username}, reported on {@code field}. */
    public static Problems check(String field, String username, String password) {
        Problems problems = new Problems();
        String candidate = password == null ? "" : password;
        if (candidate.length() < MIN_LENGTH) {
            problems.add(Problem.field(field, "account.password.tooShort", MIN_LENGTH));
        } else if (candidate.length() > MAX_LENGTH) {
            problems.add(Problem.field(field, "account.password.tooLong", MAX_LENGTH));
        } else if (username != null
                && !username.isBlank()
                && candidate.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
            problems.add(Problem.field(field, "account.password.containsUsername"));
        } else if (isCommon(candidate)) {
            problems.add(Problem.field(field, "account.password.common"));
        }
        return problems;
    }

    /** Whether the password is in the shipped list or trivial (few different characters, a run like 123456789012). */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        return COMMON.contains(lower) || lower.chars().distinct().count() <= 3 || isRun(lower);
    }

    /** Each character one after (or one before) the previous, digits wrapping 9 → 0: "123456789012", "abcdefghijkl". */
    private static boolean isRun(String text) {
        int up = 0;
        int down = 0;
        for (int i = 1; i < text.length(); i++) {
            int step = text.charAt(i) - text.charAt(i - 1);
            boolean digits = Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i - 1));
            if (step == 1 || (digits && step == -9)) {
                up++;
            }
            if (step == -1 || (digits && step == 9)) {
                down++;
            }
        }
        return up == text.length() - 1 || down == text.length() - 1;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.trim();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
