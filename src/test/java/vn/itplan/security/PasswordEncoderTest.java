package vn.itplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password encoder hashes new passwords at the configured BCrypt strength and still reads every stored kind. */
class PasswordEncoderTest {

    /** The demo users' password, hashed at strength 10 (db/demo/V1_1__demo_accounts.sql). */
    static final String DEMO_HASH = "{bcrypt}$2a$10$rPrYJBBb5Vvo8rILbuZWd.HiOzjcm/eqVLRxAWebZPmfhJqVKwVae";

    static PasswordEncoder encoder(int strength) {
        return new SecurityConfig().passwordEncoder(new PasswordSettings(strength));
    }

    @Test
    void theDefaultStrengthIsTen() {
        PasswordSettings settings = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("itplan.passwords", PasswordSettings.class);
        assertThat(settings.bcryptStrength()).isEqualTo(10);
    }

    @Test
    void newPasswordsAreHashedAtTheConfiguredStrength() {
        PasswordEncoder encoder = encoder(5);
        String hash = encoder.encode("Rung-Thong-Mang-Den-9");
        assertThat(hash).startsWith("{bcrypt}$2a$05$");
        assertThat(encoder.matches("Rung-Thong-Mang-Den-9", hash)).isTrue();
        assertThat(encoder.matches("Rung-Thong-Mang-Den-8", hash)).isFalse();
    }

    @Test
    void storedHashesAreCheckedAtTheirOwnStrengthAndKind() {
        PasswordEncoder encoder = encoder(4);
        assertThat(encoder.matches("KonTum@2015", DEMO_HASH)).isTrue();
        assertThat(encoder.matches("KonTum@2016", DEMO_HASH)).isFalse();
        assertThat(encoder.matches("x", "{noop}x")).isTrue();
        assertThat(encoder.matches("y", "{noop}x")).isFalse();
    }
}
