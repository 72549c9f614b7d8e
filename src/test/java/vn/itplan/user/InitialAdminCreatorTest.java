package vn.itplan.user;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

class InitialAdminCreatorTest {

    private final UserService users = mock(UserService.class);

    @Test
    void createsTheConfiguredAdminWhenThereIsNone() {
        when(users.adminExists()).thenReturn(false);
        new InitialAdminCreator(users, " root ", "Rung-Thong-Kon-Tum-7").run(null);
        verify(users).createFirstAdmin("root", "Rung-Thong-Kon-Tum-7");
    }

    @Test
    void createsNobodyWhenAnAdminExists() {
        when(users.adminExists()).thenReturn(true);
        new InitialAdminCreator(users, "root", "Rung-Thong-Kon-Tum-7").run(null);
        verify(users, never()).createFirstAdmin(any(), any());
    }

    @Test
    void createsNobodyWithoutConfigurationOrWithAShortPassword() {
        when(users.adminExists()).thenReturn(false);
        new InitialAdminCreator(users, "", "").run(null);
        new InitialAdminCreator(users, "root", "short").run(null);
        verify(users, never()).createFirstAdmin(any(), any());
    }
}
