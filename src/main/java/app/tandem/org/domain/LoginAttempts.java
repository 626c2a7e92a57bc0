package app.tandem.org.domain;

import app.tandem.security.TandemUser;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Five failed logins in a row lock an account for 15 minutes; a successful login resets the count. */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger("tandem.security");

    private final UserRepository users;
    private final Clock clock;

    LoginAttempts(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName().trim().toLowerCase(Locale.ROOT);
        if (users.countFailedLogin(username) == 1
                && users.lockIfTooManyFailures(username, AppUser.MAX_FAILED_LOGINS,
                        clock.instant().plus(AppUser.LOCKOUT)) == 1) {
            log.warn("Account locked for {} minutes after {} failed logins: user={}",
                    AppUser.LOCKOUT.toMinutes(), AppUser.MAX_FAILED_LOGINS, username);
        }
    }

    @EventListener
    @Transactional
    public void onLogin(AuthenticationSuccessEvent event) {
        // the password alone does not reset the count while the second factor is owed (ADR 0015)
        if (event.getAuthentication().getPrincipal() instanceof TandemUser user && user.secondFactorPending()) {
            return;
        }
        users.resetFailedLogins(event.getAuthentication().getName());
    }
}
