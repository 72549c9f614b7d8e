package vn.itplan.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import vn.itplan.audit.AuditService;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.Role;
import vn.itplan.security.TestUsers;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.Problem;

@PostgresTest
@WithMockUser(roles = "ADMIN")
class UserServiceTest {

    @Autowired
    UserService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditService audit;

    @Test
    void createdUsersAreStoredInLowerCaseWithAHashedPasswordAndAudited() {
        AppUser created = users.createUser(
                TestUsers.admin("test"), "  New.Staff-1 ", "s3cret-password", "New Staff", Role.IT_STAFF, null);

        AppUser found = users.findByUsername("NEW.STAFF-1").orElseThrow();
        assertThat(found.getId()).isEqualTo(created.getId());
        assertThat(found.getUsername()).isEqualTo("new.staff-1");
        assertThat(found.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("s3cret-password");
        assertThat(encoder.matches("s3cret-password", found.getPasswordHash())).isTrue();
        assertThat(audit.historyOf("USER", created.getId())).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo("USER_CREATED");
            assertThat(event.getActor()).isEqualTo("test");
        });
    }

    @Test
    void usernamesAreUnique() {
        users.createUser(TestUsers.admin("test"), "twice", "s3cret-password", "One", Role.LEADER, null);
        assertThatThrownBy(() ->
                        users.createUser(TestUsers.admin("test"), "TWICE", "s3cret-password", "Two", Role.LEADER, null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aUnitAdminMustBeBoundToAUnit() {
        assertThatThrownBy(() -> users.createUser(
                        TestUsers.admin("test"), "unbound", "s3cret-password", "X", Role.UNIT_ADMIN, null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @WithMockUser(roles = "IT_STAFF")
    void onlyAnAdministratorCreatesAccounts() {
        assertThatThrownBy(() -> users.createUser(
                        TestUsers.staff("itstaff"), "by-staff", "s3cret-password", "X", Role.LEADER, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.findByUsername("by-staff")).isEmpty();
    }

    @Test
    void theFirstAdministratorIsCreatedByTheSystemOnlyWhileThereIsNone() {
        assertThat(users.adminExists()).as("the demo data has one").isTrue();
        assertThatThrownBy(() -> users.createFirstAdmin("second-root", "Rung-Thong-Kon-Tum-7"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(users.findByUsername("second-root")).isEmpty();
    }

    @Test
    void demoAccountsExist() {
        assertThat(users.findByUsername("admin"))
                .get()
                .extracting(AppUser::getRole)
                .isEqualTo(Role.ADMIN);
        assertThat(users.findByUsername("itstaff"))
                .get()
                .extracting(AppUser::getRole)
                .isEqualTo(Role.IT_STAFF);
        assertThat(users.findByUsername("leader"))
                .get()
                .extracting(AppUser::getRole)
                .isEqualTo(Role.LEADER);
    }

    static UserForm form(AppUser user, Role role) {
        UserForm form = UserForm.of(user);
        form.setRole(role);
        return form;
    }

    @Test
    void nobodyChangesTheirOwnRoleOrDisablesThemselves() {
        AppUser admin = users.findByUsername("admin").orElseThrow();
        CurrentUser self = TestUsers.admin("admin");
        assertThat(users.check(form(admin, Role.LEADER), admin.getId(), self).asList())
                .containsExactly(Problem.field("role", "users.role.own"));
        assertThatThrownBy(() -> users.update(admin.getId(), form(admin, Role.LEADER), self))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.disable(admin.getId(), self))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("users.disable.self");
        assertThat(users.findByUsername("admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void theLastActiveAdministratorStays() {
        AppUser admin = users.findByUsername("admin").orElseThrow();
        CurrentUser other = TestUsers.admin("someone-else");
        assertThat(users.check(form(admin, Role.IT_STAFF), admin.getId(), other).asList())
                .containsExactly(Problem.field("role", "users.role.lastAdmin"));
        assertThatThrownBy(() -> users.disable(admin.getId(), other))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("users.disable.lastAdmin");
    }

    @Test
    void withASecondAdministratorTheFirstMayBeDemotedAndTheSecondDisabled() {
        String name = "t10-admin-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        AppUser second =
                users.createUser(TestUsers.admin("test"), name, "Rung-Thong-Kon-Tum-7", "Second", Role.ADMIN, null);
        AppUser admin = users.findByUsername("admin").orElseThrow();
        assertThat(users.check(form(admin, Role.IT_STAFF), admin.getId(), TestUsers.admin(name))
                        .isEmpty())
                .isTrue();
        users.disable(second.getId(), TestUsers.admin("admin"));
        assertThat(users.findByUsername(name).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void aUnitAdministratorNeedsAnExistingUnit() {
        UserForm form = new UserForm();
        form.setUsername("t10-nounit");
        form.setFullName("X");
        form.setRole(Role.UNIT_ADMIN);
        assertThat(users.check(form, null, TestUsers.admin("test")).asList())
                .containsExactly(Problem.field("unitId", "users.unit.required"));
        form.setUnitId(987654321L);
        assertThat(users.check(form, null, TestUsers.admin("test")).asList())
                .containsExactly(Problem.field("unitId", "users.unit.inactive"));
    }

    @Test
    void createdAccountsFollowThePasswordPolicy() {
        assertThatThrownBy(() -> users.createUser(
                        TestUsers.admin("test"), "t10-weak", "123456789012", "Weak", Role.LEADER, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(users.findByUsername("t10-weak")).isEmpty();
    }
}
