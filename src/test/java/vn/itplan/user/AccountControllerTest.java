package vn.itplan.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.itplan.audit.AuditEvent;
import vn.itplan.audit.AuditService;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.Role;
import vn.itplan.security.TestUsers;
import vn.itplan.security.UserSessions;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.SessionCookies;
import vn.itplan.web.PortalClock;

@PostgresTest
class AccountControllerTest {

    static final String OLD = "Old-Password-Kon-Tum-1";
    static final String NEW = "Rung-Thong-Mang-Den-9";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    UserSessions sessions;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessionStore;

    /** A leader with a password of their own, or (mustChange) one an administrator just reset. */
    CurrentUser account(boolean mustChange) {
        String username = "t10a-" + UUID.randomUUID().toString().substring(0, 8);
        AppUser user = users.createUser(TestUsers.admin("test"), username, OLD, "Người Thử", Role.LEADER, null);
        if (mustChange) {
            users.resetPassword(user.getId(), TestUsers.admin("test"));
        }
        return AppUserDetailsService.currentUser(users.findByUsername(username).orElseThrow());
    }

    CurrentUser withPassword() {
        return runAsAdmin(() -> account(false));
    }

    CurrentUser mustChange() {
        return runAsAdmin(() -> account(true));
    }

    static <T> T runAsAdmin(java.util.function.Supplier<T> action) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("test", "", "ROLE_ADMIN"));
        try {
            return action.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    MockHttpServletRequestBuilder change(CurrentUser user, String current, String next, String again) {
        return post("/account/password")
                .with(user(user))
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("confirmPassword", again);
    }

    static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void aUserWhoMustChangeThePasswordReachesNothingElse() throws Exception {
        CurrentUser user = mustChange();
        for (String path : List.of("/", "/reports", "/account", "/dashboard", "/plans")) {
            mvc.perform(get(path).with(user(user))).andExpect(redirectedUrl("/account/password"));
        }
        mvc.perform(post("/account/sessions/end-others").with(user(user)).with(csrf()))
                .andExpect(redirectedUrl("/account/password"));
        Document page =
                page(mvc.perform(get("/account/password").with(user(user))).andExpect(status().isOk()));
        assertThat(page.select("#must-change")).hasSize(1);
        assertThat(page.select("#password-form")).hasSize(1);
        mvc.perform(get("/css/app.css").with(user(user))).andExpect(status().isOk());
    }

    @Test
    void afterTheChangeEverythingIsReachableAgain() throws Exception {
        CurrentUser fresh = withPassword();
        runAsAdmin(() -> {
            users.resetPassword(
                    users.findByUsername(fresh.username()).orElseThrow().getId(), TestUsers.admin("t"));
            return null;
        });
        // the reset password is unknown to the test: the user "knows" it through a second reset helper
        String oneTime = runAsAdmin(() -> users.resetPassword(
                users.findByUsername(fresh.username()).orElseThrow().getId(), TestUsers.admin("t")));
        // the reset ended the user's sessions: they sign in again, with the one-time password
        CurrentUser signedIn = AppUserDetailsService.currentUser(
                users.findByUsername(fresh.username()).orElseThrow());
        assertThat(signedIn.mustChangePassword()).isTrue();
        SessionCookies browser = new SessionCookies(mvc);
        browser.perform(get("/reports").with(user(signedIn))).andExpect(redirectedUrl("/account/password"));
        browser.perform(change(signedIn, oneTime, NEW, NEW)).andExpect(redirectedUrl("/"));
        assertThat(users.mustChangePassword(fresh.username())).isFalse();
        browser.perform(get("/reports").with(user(signedIn))).andExpect(status().isOk());
        mvc.perform(get("/reports").with(user(signedIn))).andExpect(status().isOk());
    }

    @Test
    void theCurrentPasswordIsRequired() throws Exception {
        CurrentUser user = withPassword();
        mvc.perform(change(user, "wrong-password-123", NEW, NEW))
                .andExpect(status().isOk())
                .andExpect(
                        model().attributeHasFieldErrorCode("form", "currentPassword", "account.currentPassword.wrong"));
        assertThat(users.findByUsername(user.username()).orElseThrow().getPasswordHash())
                .isEqualTo(user.passwordHash());
    }

    @Test
    void thePolicyIsExplainedNextToTheField() throws Exception {
        CurrentUser user = withPassword();
        mvc.perform(change(user, OLD, "short", "short"))
                .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "account.password.tooShort"));
        mvc.perform(change(user, OLD, "123456789012", "123456789012"))
                .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "account.password.common"));
        mvc.perform(change(user, OLD, "my-" + user.username() + "-pass", "my-" + user.username() + "-pass"))
                .andExpect(
                        model().attributeHasFieldErrorCode("form", "newPassword", "account.password.containsUsername"));
        mvc.perform(change(user, OLD, NEW, NEW + "x"))
                .andExpect(model().attributeHasFieldErrorCode("form", "confirmPassword", "account.password.mismatch"));

        Document vi = page(mvc.perform(change(user, OLD, "short", "short")));
        assertThat(vi.select("#newPassword-error").text()).isEqualTo("Mật khẩu phải có ít nhất 12 ký tự.");
        assertThat(vi.select("#newPassword").attr("value")).isEmpty();
        Document en = page(
                mvc.perform(change(user, OLD, "123456789012", "123456789012").cookie(new Cookie("itplan-lang", "en"))));
        assertThat(en.select("#newPassword-error").text())
                .isEqualTo("This password is too common or too easy to guess: choose another one.");
    }

    @Test
    void aChangeIsSavedAndAudited() throws Exception {
        CurrentUser user = withPassword();
        mvc.perform(change(user, OLD, NEW, NEW)).andExpect(redirectedUrl("/account"));
        AppUser after = users.findByUsername(user.username()).orElseThrow();
        assertThat(after.getPasswordHash()).isNotEqualTo(user.passwordHash());
        assertThat(audit.historyOf("USER", after.getId()))
                .extracting(AuditEvent::getAction)
                .contains("USER_PASSWORD_CHANGED");
    }

    /** A password is taken as typed: the spaces around it are part of it (web.ExactText), unlike other text. */
    @Test
    void spacesAroundANewPasswordAreKept() throws Exception {
        CurrentUser user = withPassword();
        String spaced = "  " + NEW + " ";
        mvc.perform(change(user, OLD, spaced, spaced)).andExpect(redirectedUrl("/account"));

        String hash = users.findByUsername(user.username()).orElseThrow().getPasswordHash();
        assertThat(passwords.matches(spaced, hash)).isTrue();
        assertThat(passwords.matches(NEW, hash)).isFalse();
    }

    /** Signing in through the form, from an address and a browser of the test's choosing. */
    static MockHttpServletRequestBuilder signIn(CurrentUser user, String address, String browser) {
        return post("/login")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .header("User-Agent", browser)
                .param("username", user.username())
                .param("password", OLD);
    }

    @Test
    void theAccountPageListsRecentSignInsAndEndsOtherSessions() throws Exception {
        CurrentUser user = withPassword();
        SessionCookies browser = new SessionCookies(mvc);
        browser.perform(signIn(user, "203.0.113.7", "Firefox 140 on Linux")).andExpect(redirectedUrl("/"));
        SessionCookies other = new SessionCookies(mvc);
        other.perform(signIn(user, "198.51.100.4", "Chromium 142 on Android")).andExpect(redirectedUrl("/"));
        assertThat(sessionStore.findByPrincipalName(user.username()))
                .containsOnlyKeys(browser.sessionId(), other.sessionId());

        Document page = page(browser.perform(get("/account")).andExpect(status().isOk()));
        String day = DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .withZone(PortalClock.ZONE)
                .format(sessions.recentSignIns(user.username(), 1).get(0).at());
        assertThat(page.select("#sign-ins tbody tr").text())
                .contains(day, "203.0.113.7", "Firefox 140 on Linux", "198.51.100.4", "Chromium 142 on Android");

        browser.perform(post("/account/sessions/end-others").with(csrf())).andExpect(redirectedUrl("/account"));
        // the session kept is the one in the store (Spring Session's id, named by the SESSION cookie)
        assertThat(sessionStore.findByPrincipalName(user.username())).containsOnlyKeys(browser.sessionId());
        other.perform(get("/account")).andExpect(redirectedUrl("/login"));
        browser.perform(get("/account")).andExpect(status().isOk());
    }
}
