package vn.itplan.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.security.ApiTokens;
import vn.itplan.security.CurrentUser;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.Problems;
import vn.itplan.web.UserText;

/**
 * Personal API tokens: a user creates (names), lists and revokes their own on {@code /account}. A token is 32
 * random bytes; only its SHA-256 is stored (a token is not a password: it has full entropy, so a plain hash is
 * enough and the lookup is one indexed query). The token is returned once, at creation. A token acts as its user
 * with their role and unit, while the account is enabled and not waiting for a password change.
 */
@RequiredArgsConstructor
@Service
@Transactional
public class ApiTokenService implements ApiTokens {

    static final String ENTITY = "API_TOKEN";
    static final int NAME_LENGTH = 100;
    static final int MAX_ACTIVE = 10;
    /** "Last used" is written at most this often, so that a busy script does not write on every request. */
    static final Duration USE_RESOLUTION = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final AuditService audit;
    private final Clock clock;

    /** A token as its owner sees it in the list (never the token itself). */
    public record TokenView(
            Long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A token just created: {@code token} is shown once and never again. */
    public record Created(Long id, String name, String token) {}

    @Transactional(readOnly = true)
    public List<TokenView> list(CurrentUser user) {
        return tokens.findByUserIdOrderByCreatedAtDesc(user.id()).stream()
                .map(t -> new TokenView(
                        t.getId(),
                        t.getName(),
                        t.getTokenPrefix(),
                        t.getCreatedAt(),
                        t.getLastUsedAt(),
                        t.getRevokedAt()))
                .toList();
    }

    public Created create(String name, CurrentUser user) {
        String cleaned = name == null ? null : UserText.clean(name).strip();
        Problems problems = new Problems();
        if (cleaned == null || cleaned.isEmpty()) {
            problems.reject("name", "account.token.nameRequired");
        } else if (cleaned.length() > NAME_LENGTH) {
            problems.reject("name", "account.token.nameTooLong", NAME_LENGTH);
        }
        if (tokens.countByUserIdAndRevokedAtIsNull(user.id()) >= MAX_ACTIVE) {
            problems.reject("name", "account.token.tooMany", MAX_ACTIVE);
        }
        problems.throwIfAny();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken saved = tokens.saveAndFlush(new ApiToken(
                user.id(), cleaned, hash(token), token.substring(0, PREFIX.length() + 6), Instant.now(clock)));
        audit.record(user.username(), "API_TOKEN_CREATED", ENTITY, saved.getId(), "token \"" + cleaned + "\"");
        return new Created(saved.getId(), cleaned, token);
    }

    /** Revokes one of the user's own tokens (another user's is "not found"). */
    public void revoke(Long id, CurrentUser user) {
        ApiToken token = tokens.findById(id)
                .filter(t -> Objects.equals(t.getUserId(), user.id()))
                .orElseThrow(() -> new NotFoundException("API token", id));
        if (!token.isActive()) {
            throw InvalidInputException.global("account.token.alreadyRevoked");
        }
        token.revoke(Instant.now(clock));
        audit.record(user.username(), "API_TOKEN_REVOKED", ENTITY, token.getId(), "token \"" + token.getName() + "\"");
    }

    @Override
    public Optional<CurrentUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByTokenHash(hash(token)).filter(ApiToken::isActive);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<AppUser> account = users.findById(found.get().getUserId())
                .filter(AppUser::isEnabled)
                .filter(u -> !u.isMustChangePassword());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        ApiToken used = found.get();
        if (used.getLastUsedAt() == null || used.getLastUsedAt().isBefore(now.minus(USE_RESOLUTION))) {
            used.used(now);
        }
        return account.map(AppUserDetailsService::currentUser);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
