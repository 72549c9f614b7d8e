package vn.itplan.user;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import vn.itplan.security.Role;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    long countByRoleAndEnabledTrue(Role role);

    /**
     * The active accounts of a role, their rows locked until the transaction ends (in the order of their ids, so
     * that two transactions never wait for each other crosswise). Two administrators disabling or demoting each
     * other at once: the second waits for the first, then sees its result.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<AppUser> findByRoleAndEnabledTrueOrderById(Role role);

    List<AppUser> findAllByOrderByUsername();

    List<AppUser> findByUsernameIn(java.util.Collection<String> usernames);
}
