package vn.itplan.user;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.itplan.security.CurrentUser;

/** Signs users in from the accounts table: the account becomes the {@link CurrentUser} of the session. */
@RequiredArgsConstructor
@Service
class AppUserDetailsService implements UserDetailsService {

    private final UserService users;

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.trim())
                .map(AppUserDetailsService::currentUser)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    static CurrentUser currentUser(AppUser user) {
        return new CurrentUser(
                user.getId(),
                user.getUsername(),
                user.getPasswordHash(),
                user.getFullName(),
                user.getRole(),
                user.getUnitId(),
                user.isEnabled(),
                user.isMustChangePassword());
    }
}
