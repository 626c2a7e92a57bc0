package app.tandem.org.domain;

import app.tandem.security.SecondFactorCheck;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The login's second step against the user's TOTP secret and recovery codes; a used step is refused. */
@Component
class TotpSecondFactorCheck implements SecondFactorCheck {

    private final UserRepository users;
    private final RecoveryCodes recoveryCodes;
    private final Clock clock;

    TotpSecondFactorCheck(UserRepository users, RecoveryCodes recoveryCodes, Clock clock) {
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Result verify(long userId, String code) {
        AppUser user = users.findById(userId).orElse(null);
        Instant now = clock.instant();
        if (user == null || !user.isActive() || user.isLockedAt(now)) {
            return Result.LOCKED;
        }
        String secret = user.getTotpSecret();
        if (!user.isTwoFactorEnabled() || secret == null) {
            return Result.WRONG;
        }
        OptionalLong step = Totp.matchingStep(secret, code, now);
        if (step.isPresent()) {
            return users.takeTotpStep(userId, step.getAsLong()) == 1 ? Result.ACCEPTED : Result.WRONG;
        }
        return recoveryCodes.use(userId, code) ? Result.ACCEPTED : Result.WRONG;
    }
}
