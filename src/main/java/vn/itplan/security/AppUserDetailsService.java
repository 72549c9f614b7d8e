package vn.itplan.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.itplan.user.UserService;

@Service
class AppUserDetailsService implements UserDetailsService {

    private final UserService users;

    AppUserDetailsService(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.trim())
                .map(CurrentUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
