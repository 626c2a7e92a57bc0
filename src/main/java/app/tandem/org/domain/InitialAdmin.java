package app.tandem.org.domain;

import app.tandem.security.Role;
import java.util.EnumSet;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production database starts empty and without demo logins: the first administrator comes from
 * {@code TANDEM_INITIAL_ADMIN_USERNAME}/{@code TANDEM_INITIAL_ADMIN_PASSWORD}, created only while no user exists.
 */
@Component
@Order(20)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    InitialAdmin(UserRepository users, PasswordEncoder passwordEncoder,
            @Value("${tandem.initial-admin.username:admin}") String username,
            @Value("${tandem.initial-admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.username = username.trim().toLowerCase(Locale.ROOT);
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (password.isBlank()) {
            log.warn("No users yet and no tandem.initial-admin.password (env TANDEM_INITIAL_ADMIN_PASSWORD) set: "
                    + "nobody can log in until it is set and the app restarted");
            return;
        }
        if (password.length() < 12 || password.equalsIgnoreCase(username)) {
            throw new IllegalStateException("TANDEM_INITIAL_ADMIN_PASSWORD needs at least 12 characters and must "
                    + "differ from the username");
        }
        AppUser admin = new AppUser(username, "Administrator", passwordEncoder.encode(password));
        admin.setRoles(EnumSet.of(Role.ADMIN));
        users.save(admin);
        log.info("Created the initial administrator '{}'", username);
    }
}
