package vn.itplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.itplan.support.PostgresTest;

/**
 * The sign-in throttle on PostgreSQL through the real login form. The portal's clock is a settable one that starts
 * an hour in the past, so that these attempts, locks and audit events never meet those of other tests sharing the
 * database; every test uses user names and addresses of its own.
 */
@PostgresTest
@Import(SignInThrottleTest.SettableClockConfig.class)
@TestPropertySource(properties = "itplan.sign-in.max-failures-per-address=20")
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTest {

    static final String PASSWORD = "KonTum@2015";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SettableClock clock;

    @Autowired
    UserSessions userSessions;

    @BeforeEach
    void startAnHourAgo() {
        clock.set(Instant.now().minus(Duration.ofHours(1)));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightPasswordIsThenRefused() throws Exception {
        String user = newAccount();
        String address = newAddress();
        for (int i = 1; i <= 4; i++) {
            signIn(user, "wrong-" + i, address).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
        MvcResult fifth = signIn(user, "wrong-5", address)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl(lockedUrl()))
                .andReturn();
        signIn(user, PASSWORD, address).andExpect(unauthenticated()).andExpect(redirectedUrl(lockedUrl()));
        signIn(user, PASSWORD, newAddress()).andExpect(unauthenticated()).andExpect(redirectedUrl(lockedUrl()));

        mvc.perform(get(fifth.getResponse().getRedirectedUrl() + "&lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"login-locked\"")))
                .andExpect(content().string(containsString("Too many failed sign-in attempts")))
                .andExpect(content().string(containsString("try again after")));

        Long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, user);
        assertThat(auditActions(id))
                .containsOnly("SIGN_IN_FAILED", "ACCOUNT_LOCKED")
                .hasSize(6);
        assertThat(userSessions.recentSignIns(user, 10)).hasSize(7).allSatisfy(signIn -> assertThat(signIn.succeeded())
                .isFalse());
    }

    @Test
    void unknownUserNamesGetTheSameMessagesAndAreLockedToo() throws Exception {
        String nobody = "nobody-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        String address = newAddress();
        for (int i = 1; i <= 4; i++) {
            signIn(nobody, "wrong-" + i, address).andExpect(redirectedUrl("/login?error"));
        }
        signIn(nobody, "wrong-5", address).andExpect(redirectedUrl(lockedUrl()));
        signIn(nobody, PASSWORD, address).andExpect(redirectedUrl(lockedUrl()));

        Integer audited = jdbc.queryForObject(
                "select count(*) from audit_event where entity_type = 'USER' and entity_id is null"
                        + " and action = 'ACCOUNT_LOCKED' and summary like ?",
                Integer.class,
                "§audit.summary.signIn.lockedName|" + nobody + "|%");
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void theLockEndsAfterItsDuration() throws Exception {
        String user = newAccount();
        String address = newAddress();
        for (int i = 1; i <= 5; i++) {
            signIn(user, "wrong-" + i, address);
        }
        String locked = lockedUrl();
        clock.advance(Duration.ofMinutes(14));
        signIn(user, PASSWORD, address).andExpect(unauthenticated()).andExpect(redirectedUrl(locked));

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        signIn(user, PASSWORD, address)
                .andExpect(authenticated().withUsername(user))
                .andExpect(redirectedUrl("/"));
        assertThat(userSessions.recentSignIns(user, 1)).singleElement().satisfies(signIn -> {
            assertThat(signIn.succeeded()).isTrue();
            assertThat(signIn.address()).isEqualTo(address);
            assertThat(signIn.browser()).isEqualTo("ThrottleTest/1.0");
        });
        // The failures before the lock are forgiven: one more wrong password does not lock again.
        signIn(user, "wrong-again", address).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void oneAddressIsLockedAfterTwentyFailuresWhateverTheNames() throws Exception {
        String address = newAddress();
        for (int i = 1; i <= 19; i++) {
            signIn("spray-" + i + "-" + System.nanoTime(), "wrong", address).andExpect(redirectedUrl("/login?error"));
        }
        signIn("spray-20-" + System.nanoTime(), "wrong", address).andExpect(redirectedUrl(lockedUrl()));

        String user = newAccount();
        signIn(user, PASSWORD, address).andExpect(unauthenticated()).andExpect(redirectedUrl(lockedUrl()));
        signIn(user, PASSWORD, newAddress()).andExpect(authenticated().withUsername(user));
    }

    @Test
    void aUserNameWithControlCharactersIsRefusedBeforeAnyQuery(CapturedOutput output) throws Exception {
        String address = newAddress();
        signIn("ad\u0000min", PASSWORD, address).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        signIn("admin\r\nx", PASSWORD, address).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));

        assertThat(output.getOut() + output.getErr())
                .contains("Sign-in failed: user name '(control characters)'")
                .doesNotContain("PSQLException")
                .doesNotContain("invalid byte sequence")
                .doesNotContain("\tat org.postgresql");
        Integer logged = jdbc.queryForObject(
                "select count(*) from sign_in_attempt where address = ? and username is null and outcome = 'FAILED'",
                Integer.class,
                address);
        assertThat(logged).isEqualTo(2);
    }

    @Test
    void htstAndTheSecureCookieOnlyOverHttps() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", startsWith("max-age=")))
                .andExpect(header().string("Set-Cookie", containsString("Secure")))
                .andExpect(cookie().secure(SecurityConfig.SESSION_COOKIE, true));
        mvc.perform(get("/login"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andExpect(header().string("Set-Cookie", containsString("HttpOnly")))
                .andExpect(cookie().secure(SecurityConfig.SESSION_COOKIE, false));
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String user, String password, String address)
            throws Exception {
        return mvc.perform(post("/login")
                .param("username", user)
                .param("password", password)
                .with(csrf())
                .with(from(address)));
    }

    private String lockedUrl() {
        return "/login?locked=" + clock.instant().plus(Duration.ofMinutes(15)).getEpochSecond();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            request.addHeader("User-Agent", "ThrottleTest/1.0");
            return request;
        };
    }

    private String newAccount() {
        String username = "signin-" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 1_000_000_000L);
        jdbc.update(
                "insert into app_user (username, password_hash, full_name, role)"
                        + " select ?, password_hash, 'Sign-in test', 'LEADER' from app_user where username = 'admin'",
                username);
        return username;
    }

    private static String newAddress() {
        int n = SEQUENCE.incrementAndGet();
        long t = System.nanoTime();
        return "10." + (t % 250) + "." + (n / 250 % 250) + "." + (n % 250);
    }

    private List<String> auditActions(Long userId) {
        return jdbc.queryForList(
                "select action from audit_event where entity_type = 'USER' and entity_id = ? order by id",
                String.class,
                userId);
    }

    /** A clock the test moves; the portal's {@code Clock} in this context. */
    static final class SettableClock extends Clock {

        private volatile Instant now = Instant.now();

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return vn.itplan.web.PortalClock.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SettableClockConfig {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }
}
