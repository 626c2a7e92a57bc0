package app.tandem.org.domain;

import app.tandem.security.SecurityStamps;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The users' current security stamps, read from the database that every application node shares. */
@Component
class UserSecurityStamps implements SecurityStamps {

    private final UserRepository users;

    UserSecurityStamps(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> currentStamp(long userId) {
        return users.findSecurityStamp(userId);
    }
}
