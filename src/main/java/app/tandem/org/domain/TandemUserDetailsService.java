package app.tandem.org.domain;

import app.tandem.security.TandemUser;
import app.tandem.security.TwoFactorPolicy;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads users and their roles from MariaDB for Spring Security's login. */
@Component
class TandemUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;
    private final TwoFactorPolicy twoFactorPolicy;

    TandemUserDetailsService(UserRepository users, Clock clock, TwoFactorPolicy twoFactorPolicy) {
        this.users = users;
        this.clock = clock;
        this.twoFactorPolicy = twoFactorPolicy;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new TandemUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
                user.getRoles(), user.isActive(), user.isLockedAt(clock.instant()), user.getSecurityStamp(),
                user.isTwoFactorEnabled(), !user.isTwoFactorEnabled() && twoFactorPolicy.requiredFor(user.getRoles()));
    }
}
