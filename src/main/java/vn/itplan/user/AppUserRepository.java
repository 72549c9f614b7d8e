package vn.itplan.user;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.itplan.security.Role;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByRole(Role role);
}
