package vn.itplan.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.AuditText;
import vn.itplan.security.SignInLogRepository.LockKind;
import vn.itplan.security.SignInLogRepository.Outcome;
import vn.itplan.web.UserText;

/**
 * The sign-in throttle and log ({@link SignInSettings}). Its state is in the database (the attempts and the locks),
 * so it holds across instances. A lock is on the user name as typed, whether or not an account has it, so that the
 * answers do not tell which names exist. Successes, failures and new locks are audited (refusals during a lock are
 * only logged and kept in the sign-in log, so that a flood cannot fill the append-only trail).
 */
@RequiredArgsConstructor
@Service
@EnableConfigurationProperties(SignInSettings.class)
class SignInGuard {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);
    static final String ENTITY_TYPE = "USER";
    static final String ANONYMOUS = "anonymous";
    static final int MAX_USERNAME = 64;
    static final int MAX_ADDRESS = 64;
    static final int MAX_BROWSER = 200;

    private final SignInLogRepository signIns;
    private final SignInSettings settings;
    private final AuditService audit;
    private final UserDetailsService accounts;
    private final Clock clock;
    private final MeterRegistry meters;

    /** The user name as accounts are stored (trimmed, lower case, at most 64 characters). */
    static String normalise(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
    }

    /** An address or browser name for the log and the trail: on one line ({@link UserText#oneLine}), cut. */
    static String cut(String text, int length) {
        if (text == null) {
            return null;
        }
        String clean = UserText.oneLine(text);
        return clean.length() > length ? clean.substring(0, length) : clean;
    }

    /** Until when sign-ins with this name or from this address are refused, if they are now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = Instant.now(clock);
        return Stream.of(
                        username == null
                                ? Optional.<Instant>empty()
                                : signIns.lockedUntil(LockKind.USERNAME, username, now),
                        signIns.lockedUntil(LockKind.ADDRESS, address, now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }

    @Transactional
    public void succeeded(CurrentUser user, String address, String browser) {
        Instant now = Instant.now(clock);
        signIns.record(now, user.username(), cut(address, MAX_ADDRESS), cut(browser, MAX_BROWSER), Outcome.SUCCEEDED);
        signIns.deleteBefore(now.minus(settings.logRetention()));
        audit.record(
                user.username(),
                "SIGN_IN_SUCCEEDED",
                ENTITY_TYPE,
                user.id(),
                AuditText.of("audit.summary.signIn.from", cut(address, MAX_ADDRESS)),
                cut(browser, MAX_BROWSER));
        log.info("Sign-in succeeded: user '{}' from {}", user.username(), cut(address, MAX_ADDRESS));
    }

    /**
     * A wrong password, an unknown name, a disabled account, or a name with control characters ({@code username}
     * null). Returns the end of the lock this failure starts, if it starts one.
     */
    @Transactional
    public Optional<Instant> failed(String username, String address, String browser) {
        Instant now = Instant.now(clock);
        String from = cut(address, MAX_ADDRESS);
        signIns.record(now, username, from, cut(browser, MAX_BROWSER), Outcome.FAILED);
        Long accountId = username == null ? null : accountId(username);
        String actor = accountId == null ? ANONYMOUS : username;
        audit.record(
                actor,
                "SIGN_IN_FAILED",
                ENTITY_TYPE,
                accountId,
                AuditText.of(
                        "audit.summary.signIn.failed",
                        username == null ? AuditText.key("audit.summary.signIn.controlCharacters") : username,
                        from),
                cut(browser, MAX_BROWSER));
        log.warn("Sign-in failed: user name '{}' from {}", username == null ? "(control characters)" : username, from);
        meters.counter("itplan.sign-ins.failed").increment();

        Instant until = now.plus(settings.lockDuration());
        Optional<Instant> locked = Optional.empty();
        if (username != null && failuresOfUsername(username, now) >= settings.maxFailures()) {
            signIns.lock(LockKind.USERNAME, username, now, until);
            audit.record(
                    actor,
                    "ACCOUNT_LOCKED",
                    ENTITY_TYPE,
                    accountId,
                    AuditText.of("audit.summary.signIn.lockedName", username, until, settings.maxFailures()),
                    null);
            log.warn(
                    "Sign-in locked: user name '{}' until {} after {} failures",
                    username,
                    until,
                    settings.maxFailures());
            locked = Optional.of(until);
        }
        if (failuresFromAddress(from, now) >= settings.maxFailuresPerAddress()) {
            signIns.lock(LockKind.ADDRESS, from, now, until);
            audit.record(
                    actor,
                    "ACCOUNT_LOCKED",
                    ENTITY_TYPE,
                    null,
                    AuditText.of("audit.summary.signIn.lockedAddress", from, until, settings.maxFailuresPerAddress()),
                    null);
            log.warn(
                    "Sign-in locked: address {} until {} after {} failures",
                    from,
                    until,
                    settings.maxFailuresPerAddress());
            locked = Optional.of(until);
        }
        return locked;
    }

    /** An attempt during a lock: refused without reading the password, logged, not audited. */
    @Transactional
    public void refused(String username, String address, String browser, Instant until) {
        String from = cut(address, MAX_ADDRESS);
        signIns.record(Instant.now(clock), username, from, cut(browser, MAX_BROWSER), Outcome.REFUSED);
        log.warn("Sign-in refused: user name '{}' from {} is locked until {}", username, from, until);
    }

    private int failuresOfUsername(String username, Instant now) {
        Instant since = latest(
                now.minus(settings.window()),
                signIns.lastSuccess(username),
                signIns.lastLockEnd(LockKind.USERNAME, username, now));
        return signIns.failuresOfUsernameSince(username, since);
    }

    private int failuresFromAddress(String address, Instant now) {
        Instant since = latest(now.minus(settings.window()), signIns.lastLockEnd(LockKind.ADDRESS, address, now));
        return signIns.failuresFromAddressSince(address, since);
    }

    @SafeVarargs
    private static Instant latest(Instant first, Optional<Instant>... others) {
        Instant latest = first;
        for (Optional<Instant> other : others) {
            if (other.isPresent() && other.get().isAfter(latest)) {
                latest = other.get();
            }
        }
        return latest;
    }

    private Long accountId(String username) {
        try {
            UserDetails account = accounts.loadUserByUsername(username);
            return account instanceof CurrentUser user ? user.id() : null;
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }
}
