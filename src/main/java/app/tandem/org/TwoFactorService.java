package app.tandem.org;

import app.tandem.base.DomainException;
import app.tandem.base.RecordNotFoundException;
import app.tandem.org.domain.AppUser;
import app.tandem.org.domain.RecoveryCodes;
import app.tandem.org.domain.Totp;
import app.tandem.org.domain.UserRepository;
import app.tandem.security.CurrentUser;
import app.tandem.security.Roles;
import app.tandem.security.SecurityStampChanged;
import app.tandem.security.TandemUser;
import app.tandem.security.TwoFactorPolicy;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in (TOTP) of the logged-in user, and an administrator's reset of another user's (ADR 0015).
 * Turning it on or off, or a reset, renews the user's security stamp: their other sessions end.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class TwoFactorService {

    private static final Logger log = LoggerFactory.getLogger("tandem.security");

    private final UserRepository users;
    private final RecoveryCodes recoveryCodes;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final TwoFactorPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TwoFactorService(UserRepository users, RecoveryCodes recoveryCodes, PasswordEncoder passwordEncoder,
            CurrentUser currentUser, TwoFactorPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public TwoFactorStatus status() {
        AppUser me = me();
        return new TwoFactorStatus(me.isTwoFactorEnabled(),
                me.isTwoFactorEnabled() ? recoveryCodes.remaining(me.getId()) : 0, policy.requiredFor(me.getRoles()));
    }

    /** A new secret to scan; two-factor sign-in stays off until {@link #enable} gets a code of it. */
    @Transactional
    public TwoFactorSetup startSetup() {
        AppUser me = me();
        String secret = Totp.newSecret();
        me.startTwoFactorSetup(secret);
        return new TwoFactorSetup(secret, Totp.uri(me.getUsername(), secret));
    }

    /** Turns it on with a code of the new secret; returns the recovery codes, shown this once. */
    @Transactional
    public List<String> enable(String code) {
        AppUser me = me();
        String secret = me.getTotpSecret();
        if (me.isTwoFactorEnabled()) {
            throw new DomainException("twofa.already-on");
        }
        if (secret == null) {
            throw new DomainException("twofa.no-setup");
        }
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw new DomainException("twofa.code-wrong");
        }
        me.enableTwoFactor(clock.instant());
        users.flush();
        users.takeTotpStep(me.getId(), step.getAsLong());
        List<String> codes = recoveryCodes.renew(me.getId());
        stampChanged(me);
        log.info("Two-factor sign-in turned on: user={}", me.getUsername());
        return codes;
    }

    /** Turns it off with a current code, an unused recovery code or the password. */
    @Transactional
    public void disable(String codeOrPassword) {
        AppUser me = me();
        if (!me.isTwoFactorEnabled()) {
            throw new DomainException("twofa.not-on");
        }
        if (policy.requiredFor(me.getRoles())) {
            throw new DomainException("twofa.required");
        }
        String secret = me.getTotpSecret();
        boolean proven = passwordEncoder.matches(codeOrPassword, me.getPasswordHash())
                || (secret != null && Totp.matchingStep(secret, codeOrPassword, clock.instant()).isPresent())
                || recoveryCodes.use(me.getId(), codeOrPassword);
        if (!proven) {
            throw new DomainException("twofa.proof-wrong");
        }
        turnOff(me);
        stampChanged(me);
        log.info("Two-factor sign-in turned off by its user: user={}", me.getUsername());
    }

    @Transactional
    public List<String> regenerateRecoveryCodes() {
        AppUser me = me();
        if (!me.isTwoFactorEnabled()) {
            throw new DomainException("twofa.not-on");
        }
        log.info("Recovery codes renewed: user={}", me.getUsername());
        return recoveryCodes.renew(me.getId());
    }

    /** Removes another user's second factor (lost phone): their secret and recovery codes go, their sessions end. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void reset(long userId) {
        AppUser user = users.findById(userId).orElseThrow(RecordNotFoundException::new);
        turnOff(user);
        users.flush();
        events.publishEvent(new SecurityStampChanged(user.getId()));
        log.info("Two-factor sign-in reset: user={} by={}", user.getUsername(), currentUser.username());
    }

    private void turnOff(AppUser user) {
        user.disableTwoFactor();
        recoveryCodes.removeAll(user.getId());
    }

    /** Other sessions end; this one carries the new stamp and, once set up, full access. */
    private void stampChanged(AppUser me) {
        users.flush();
        events.publishEvent(new SecurityStampChanged(me.getId()));
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication auth = context.getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TandemUser user) {
            TandemUser renewed = user.withSecondFactorDone(me.getSecurityStamp());
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(renewed,
                    null, renewed.getAuthorities());
            token.setDetails(auth.getDetails());
            context.setAuthentication(token);
        }
    }

    private AppUser me() {
        return users.findById(currentUser.id()).orElseThrow(RecordNotFoundException::new);
    }
}
