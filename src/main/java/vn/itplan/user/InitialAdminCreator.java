package vn.itplan.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A database without demo data starts with no users at all. The first administrator comes from
 * ITPLAN_ADMIN_USERNAME / ITPLAN_ADMIN_PASSWORD; without them we say how to create one.
 */
@Component
class InitialAdminCreator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdminCreator.class);

    private final UserService users;
    private final String username;
    private final String password;

    InitialAdminCreator(
            UserService users,
            @Value("${itplan.initial-admin.username:}") String username,
            @Value("${itplan.initial-admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.adminExists()) {
            return;
        }
        if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
            log.warn(
                    "No ADMIN user exists and none was configured. Restart with the environment variables "
                            + "ITPLAN_ADMIN_USERNAME and ITPLAN_ADMIN_PASSWORD (at least {} characters, not containing the "
                            + "username, not a common password) set to create the first administrator, or run with the "
                            + "'demo' profile for the demo accounts.",
                    PasswordPolicy.MIN_LENGTH);
            return;
        }
        if (!PasswordPolicy.check("password", username.trim(), password).isEmpty()) {
            log.error(
                    "ITPLAN_ADMIN_PASSWORD does not follow the password policy (at least {} characters, not containing "
                            + "the username, not a common password); no administrator was created.",
                    PasswordPolicy.MIN_LENGTH);
            return;
        }
        users.createFirstAdmin(username.trim(), password);
        log.info("Created the first administrator '{}' from ITPLAN_ADMIN_USERNAME.", username.trim());
    }
}
