package vn.itplan.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.itplan.web.Problem;

class PasswordPolicyTest {

    static String problem(String username, String password) {
        return PasswordPolicy.check("pw", username, password).asList().stream()
                .map(Problem::messageKey)
                .findFirst()
                .orElse(null);
    }

    @Test
    void aLongUnusualPasswordPasses() {
        assertThat(problem("nguyenvana", "Rung-Thong-Kon-Tum-7")).isNull();
    }

    @Test
    void tooShortIsRefusedWithTheMinimum() {
        assertThat(PasswordPolicy.check("pw", "x", "KonTum@2015").asList())
                .containsExactly(Problem.field("pw", "account.password.tooShort", 12));
        assertThat(problem("x", null)).isEqualTo("account.password.tooShort");
    }

    @Test
    void theUsernameMayNotBeInsideInAnyCase() {
        assertThat(problem("nguyenvana", "xx-NguyenVanA-2026")).isEqualTo("account.password.containsUsername");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123456789012",
                "password1234",
                "Password2024",
                "qwertyuiop123",
                "aaaaaaaaaaaa",
                "abcdefghijkl",
                "210987654321",
                "ababababababab"
            })
    void commonAndTrivialPasswordsAreRefused(String password) {
        assertThat(problem("someone", password)).isEqualTo("account.password.common");
    }

    @Test
    void theShippedListHasThousandsOfEntries() throws Exception {
        try (var in = PasswordPolicy.class.getClassLoader().getResourceAsStream(PasswordPolicy.COMMON_LIST)) {
            assertThat(new String(in.readAllBytes()).lines().count()).isGreaterThan(2000);
        }
    }

    @Test
    void oneTimePasswordsPassThePolicyAndDiffer() {
        String first = OneTimePasswords.generate("unit-stp");
        String second = OneTimePasswords.generate("unit-stp");
        assertThat(first)
                .hasSize(19)
                .matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}")
                .isNotEqualTo(second);
        assertThat(PasswordPolicy.check("pw", "unit-stp", first).isEmpty()).isTrue();
    }
}
