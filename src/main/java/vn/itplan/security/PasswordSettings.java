package vn.itplan.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How new passwords are hashed ({@code itplan.passwords.*}): BCrypt with {@code bcryptStrength}, the log2 of its
 * rounds (4–31, 10 by default). A stored hash keeps the strength it was made with and is checked at that strength,
 * so a change applies to passwords set afterwards. The tests use 4, the lowest, to save time.
 */
@ConfigurationProperties("itplan.passwords")
record PasswordSettings(@DefaultValue("10") int bcryptStrength) {}
