package vn.itplan.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import vn.itplan.audit.AuditEvent;
import vn.itplan.audit.AuditService;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.Role;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.SessionCookies;
import vn.itplan.unit.UnitService;
import vn.itplan.web.Flash;

@PostgresTest
class UserAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    AppUserRepository repository;

    @Autowired
    UnitService units;

    @Autowired
    AuditService audit;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessionStore;

    /** A session of the user in the store, as a sign-in leaves it; returns its id. */
    String signedIn(String username) {
        String id = saveSession(sessionStore, username);
        assertThat(sessionStore.findByPrincipalName(username)).containsOnlyKeys(id);
        return id;
    }

    private static <S extends Session> String saveSession(FindByIndexNameSessionRepository<S> store, String username) {
        S session = store.createSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
        store.save(session);
        return session.getId();
    }

    /** An administrator who is not in the accounts table, so that the demo "admin" can be the one acted on. */
    static final CurrentUser OTHER_ADMIN = new CurrentUser(null, "t10-boss", "", "Boss", Role.ADMIN, null, true);

    CurrentUser admin() {
        return AppUserDetailsService.currentUser(users.findByUsername("admin").orElseThrow());
    }

    static String freeUsername() {
        return "t10-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Long unitId(String code) {
        return units.findByCode(code).orElseThrow().getId();
    }

    ResultActions create(String username, String role, String unitId) throws Exception {
        return mvc.perform(post("/admin/users")
                .with(user(OTHER_ADMIN))
                .with(csrf())
                .param("username", username)
                .param("fullName", "Trần Thị Thử")
                .param("email", username + "@example.invalid")
                .param("role", role)
                .param("unitId", unitId));
    }

    AppUser created(String role, String unitId) throws Exception {
        String username = freeUsername();
        create(username, role, unitId).andExpect(status().is3xxRedirection());
        return users.findByUsername(username).orElseThrow();
    }

    static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void onlyAdministratorsReachTheUserPages() throws Exception {
        CurrentUser staff = AppUserDetailsService.currentUser(
                users.findByUsername("itstaff").orElseThrow());
        mvc.perform(get("/admin/users").with(user(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/users").with(user(admin()))).andExpect(status().isOk());
    }

    @Test
    void theListSearchesWithoutDiacriticsAndFilters() throws Exception {
        Document found = page(
                mvc.perform(get("/admin/users").param("q", "quan tri he thong").with(user(admin()))));
        assertThat(found.select("#user-admin")).hasSize(1);
        assertThat(found.select("#users-table tbody tr")).hasSize(1);

        Document unitAdmins = page(mvc.perform(get("/admin/users")
                .param("role", "UNIT_ADMIN")
                .param("unit", unitId("STP").toString())
                .with(user(admin()))));
        assertThat(unitAdmins.select("#user-unit-stp")).hasSize(1);
        assertThat(unitAdmins.select("#user-admin, #user-unit-snv")).isEmpty();

        Document disabled =
                page(mvc.perform(get("/admin/users").param("enabled", "false").with(user(admin()))));
        assertThat(disabled.select("#user-admin")).isEmpty();
    }

    @Test
    void aUnitAdministratorNeedsAUnitAndOtherRolesHaveNone() throws Exception {
        String username = freeUsername();
        create(username, "UNIT_ADMIN", "")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "unitId", "users.unit.required"));
        assertThat(users.findByUsername(username)).isEmpty();

        AppUser leader = created("LEADER", unitId("STP").toString());
        assertThat(leader.getUnitId()).isNull();
        AppUser unitAdmin = created("UNIT_ADMIN", unitId("STP").toString());
        assertThat(unitAdmin.getUnitId()).isEqualTo(unitId("STP"));
    }

    @Test
    void aDuplicateOrInvalidUsernameIsRefusedNextToTheField() throws Exception {
        create("admin", "LEADER", "")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "users.username.duplicate"));
        create("bad name!", "LEADER", "")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "Pattern"));
    }

    @Test
    void aNewAccountGetsAOneTimePasswordShownOnceAndIsAudited() throws Exception {
        String username = freeUsername();
        MvcResult result = create(username, "UNIT_ADMIN", unitId("SNV").toString())
                .andExpect(flash().attribute("flash", new Flash(Flash.Kind.SUCCESS, "users.created", username)))
                .andReturn();
        AppUser user = users.findByUsername(username).orElseThrow();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + user.getId() + "/password");
        String oneTime = (String) result.getFlashMap().get(UserAdminController.ONE_TIME_PASSWORD);
        assertThat(encoder.matches(oneTime, user.getPasswordHash())).isTrue();
        assertThat(user.isMustChangePassword()).isTrue();

        // the browser follows the redirect with its session cookie: the flash is in that session
        SessionCookies browser = new SessionCookies(mvc).keep(result);
        Document shown = page(
                browser.perform(get(result.getResponse().getRedirectedUrl()).with(user(OTHER_ADMIN)))
                        .andExpect(status().isOk())
                        .andExpect(header().string("Cache-Control", "no-store")));
        assertThat(shown.select("#one-time-password").text()).isEqualTo(oneTime);
        browser.perform(get(result.getResponse().getRedirectedUrl()).with(user(OTHER_ADMIN)))
                .andExpect(redirectedUrl("/admin/users/" + user.getId() + "/edit"));

        assertThat(audit.historyOf("USER", user.getId()))
                .extracting(AuditEvent::getAction)
                .containsExactly("USER_CREATED");
    }

    @Test
    void anEditIsAuditedWithBeforeAndAfter() throws Exception {
        AppUser user = created("LEADER", "");
        mvc.perform(post("/admin/users/{id}", user.getId())
                        .with(user(OTHER_ADMIN))
                        .with(csrf())
                        .param("username", user.getUsername())
                        .param("fullName", "Tên Mới")
                        .param("email", "")
                        .param("role", "IT_STAFF")
                        .param("version", String.valueOf(user.getVersion())))
                .andExpect(redirectedUrl("/admin/users"));
        AppUser edited = users.findByUsername(user.getUsername()).orElseThrow();
        assertThat(edited.getRole()).isEqualTo(Role.IT_STAFF);
        assertThat(edited.getFullName()).isEqualTo("Tên Mới");
        var history = audit.historyOf("USER", user.getId());
        AuditEvent event = history.get(history.size() - 1);
        assertThat(event.getAction()).isEqualTo("USER_UPDATED");
        assertThat(event.getDetails()).contains("role: LEADER → IT_STAFF", "fullName: Trần Thị Thử → Tên Mới");
    }

    @Test
    void nobodyChangesTheirOwnRole() throws Exception {
        AppUser me = users.findByUsername("admin").orElseThrow();
        mvc.perform(post("/admin/users/{id}", me.getId())
                        .with(user(admin()))
                        .with(csrf())
                        .param("username", me.getUsername())
                        .param("fullName", me.getFullName())
                        .param("role", "IT_STAFF")
                        .param("version", String.valueOf(me.getVersion())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "role", "users.role.own"));
        assertThat(users.findByUsername("admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void theLastActiveAdministratorIsNeitherDemotedNorDisabled() throws Exception {
        AppUser last = users.findByUsername("admin").orElseThrow();
        mvc.perform(post("/admin/users/{id}", last.getId())
                        .with(user(OTHER_ADMIN))
                        .with(csrf())
                        .param("username", last.getUsername())
                        .param("fullName", last.getFullName())
                        .param("role", "LEADER")
                        .param("version", String.valueOf(last.getVersion())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "role", "users.role.lastAdmin"));
        mvc.perform(post("/admin/users/{id}/disable", last.getId())
                        .with(user(OTHER_ADMIN))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", new Flash(Flash.Kind.ERROR, "users.disable.lastAdmin")));
        AppUser still = users.findByUsername("admin").orElseThrow();
        assertThat(still.getRole()).isEqualTo(Role.ADMIN);
        assertThat(still.isEnabled()).isTrue();
    }

    @Test
    void nobodyDisablesThemselves() throws Exception {
        AppUser me = users.findByUsername("admin").orElseThrow();
        mvc.perform(post("/admin/users/{id}/disable", me.getId())
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", new Flash(Flash.Kind.ERROR, "users.disable.self")));
        assertThat(users.findByUsername("admin").orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void disablingEndsTheSessionsAndEnablingUndoesIt() throws Exception {
        AppUser user = created("LEADER", "");
        String session = signedIn(user.getUsername());
        mvc.perform(post("/admin/users/{id}/disable", user.getId())
                        .with(user(OTHER_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + user.getId() + "/edit"))
                .andExpect(flash().attribute(
                                "flash", new Flash(Flash.Kind.SUCCESS, "users.disabled", user.getUsername())));
        assertThat(users.findByUsername(user.getUsername()).orElseThrow().isEnabled())
                .isFalse();
        assertThat(sessionStore.findById(session)).as("the session is ended").isNull();
        assertThat(sessionStore.findByPrincipalName(user.getUsername())).isEmpty();

        mvc.perform(post("/admin/users/{id}/enable", user.getId())
                        .with(user(OTHER_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + user.getId() + "/edit"));
        assertThat(users.findByUsername(user.getUsername()).orElseThrow().isEnabled())
                .isTrue();
        assertThat(audit.historyOf("USER", user.getId()))
                .extracting(AuditEvent::getAction)
                .contains("USER_DISABLED", "USER_ENABLED");
    }

    @Test
    void aResetShowsTheNewPasswordOnceAndEndsTheSessions() throws Exception {
        AppUser user = created("LEADER", "");
        String session = signedIn(user.getUsername());
        SessionCookies browser = new SessionCookies(mvc);
        MvcResult reset = browser.perform(post("/admin/users/{id}/reset-password", user.getId())
                        .with(user(OTHER_ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + user.getId() + "/password"))
                .andReturn();
        String oneTime = (String) reset.getFlashMap().get(UserAdminController.ONE_TIME_PASSWORD);
        AppUser after = users.findByUsername(user.getUsername()).orElseThrow();
        assertThat(encoder.matches(oneTime, after.getPasswordHash())).isTrue();
        assertThat(after.isMustChangePassword()).isTrue();
        assertThat(sessionStore.findById(session)).as("the session is ended").isNull();
        assertThat(sessionStore.findByPrincipalName(user.getUsername())).isEmpty();

        Document shown = page(
                browser.perform(get("/admin/users/{id}/password", user.getId()).with(user(OTHER_ADMIN)))
                        .andExpect(header().string("Cache-Control", "no-store")));
        assertThat(shown.select("#one-time-password").text()).isEqualTo(oneTime);
        assertThat(shown.text()).doesNotContain(after.getPasswordHash());
        browser.perform(get("/admin/users/{id}/password", user.getId()).with(user(OTHER_ADMIN)))
                .andExpect(status().is3xxRedirection());
        assertThat(audit.historyOf("USER", user.getId()))
                .extracting(AuditEvent::getAction)
                .contains("USER_PASSWORD_RESET");
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        mvc.perform(get("/admin/users/{id}/edit", 987654321L).with(user(OTHER_ADMIN)))
                .andExpect(status().isNotFound());
    }
}
