package vn.itplan.user;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.itplan.security.Role;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    long countByRoleAndEnabledTrue(Role role);

    List<AppUser> findAllByOrderByUsername();

    List<AppUser> findByUsernameIn(java.util.Collection<String> usernames);
}
