package vn.itplan.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class OneTimePasswordsTest {

    /** The application's encoder (security.SecurityConfig). */
    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void aOneTimePasswordIsACheapBcryptHashThatTheApplicationsEncoderChecks() {
        String oneTime = OneTimePasswords.generate("qt-dakha");
        String hash = OneTimePasswords.hash(oneTime);
        assertThat(hash).startsWith("{bcrypt}$2a$04$").doesNotContain(oneTime);
        assertThat(encoder.matches(oneTime, hash)).isTrue();
        assertThat(encoder.matches(oneTime + "x", hash)).isFalse();
    }
}
