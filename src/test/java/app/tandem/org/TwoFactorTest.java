package app.tandem.org;

import static app.tandem.TestUsers.loginAs;
import static app.tandem.TestUsers.runAs;
import static app.tandem.TestUsers.runAsAdmin;
import static app.tandem.org.UserServiceTest.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.base.DomainException;
import app.tandem.org.domain.AppUser;
import app.tandem.org.domain.RecoveryCodes;
import app.tandem.org.domain.Totp;
import app.tandem.org.domain.UserRepository;
import app.tandem.security.Role;
import app.tandem.security.SecondFactorCheck;
import app.tandem.security.SecondFactorCheck.Result;
import app.tandem.security.TandemUser;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Two-factor sign-in: turning it on and off, the login's second step, recovery codes, the admin reset. */
@TandemServiceTest
class TwoFactorTest {

    static final String PASSWORD = "the-right-password";

    @Autowired
    UserService userService;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    SecondFactorCheck check;

    @Autowired
    UserRepository users;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEventPublisher events;

    UserDraft ada;

    @BeforeEach
    void setUp() {
        clock.setInstant(Instant.parse("2026-03-02T09:00:10Z"));
        ada = runAsAdmin("root-admin", () -> userService.create(draft("ada", "Ada Lovelace", Role.STAFF), PASSWORD));
    }

    @Test
    void turning_it_on_needs_a_valid_code_of_the_new_secret() {
        loginAs(ada.getId(), "ada", Role.STAFF);
        TwoFactorSetup setup = twoFactor.startSetup();

        assertThatThrownBy(() -> twoFactor.enable(wrongCode(setup.secret())))
                .isInstanceOf(DomainException.class).hasMessageContaining("twofa.code-wrong");
        assertThat(twoFactor.status().enabled()).isFalse();

        List<String> recoveryCodes = twoFactor.enable(Totp.codeAt(setup.secret(), clock.instant()));

        assertThat(twoFactor.status().enabled()).isTrue();
        assertThat(recoveryCodes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(setup.otpauthUri()).isEqualTo("otpauth://totp/Tandem:ada?secret=" + setup.secret()
                + "&issuer=Tandem&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void turning_it_on_ends_the_users_other_sessions() {
        String before = users.findSecurityStamp(ada.getId()).orElseThrow();

        turnOn(ada.getId(), "ada");

        assertThat(users.findSecurityStamp(ada.getId())).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void after_the_password_a_two_factor_user_holds_no_role_until_the_code() {
        turnOn(ada.getId(), "ada");

        TandemUser afterPassword = (TandemUser) userDetailsService.loadUserByUsername("ada");

        assertThat(afterPassword.secondFactorPending()).isTrue();
        assertThat(afterPassword.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(TandemUser.PRE_SECOND_FACTOR);
        assertThat(afterPassword.withSecondFactorDone(afterPassword.securityStamp()).getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly(Role.STAFF.authority());
    }

    @Test
    void a_wrong_code_is_refused_and_a_right_one_accepted_within_one_time_step() {
        String secret = turnOn(ada.getId(), "ada").secret;
        clock.setInstant(clock.instant().plus(Duration.ofMinutes(2)));

        assertThat(check.verify(ada.getId(), wrongCode(secret))).isEqualTo(Result.WRONG);
        assertThat(check.verify(ada.getId(), Totp.codeAt(secret, clock.instant().minusSeconds(60))))
                .as("two steps old").isEqualTo(Result.WRONG);
        assertThat(check.verify(ada.getId(), Totp.codeAt(secret, clock.instant().minusSeconds(30))))
                .as("one step old").isEqualTo(Result.ACCEPTED);
    }

    @Test
    void a_code_is_not_accepted_twice() {
        String secret = turnOn(ada.getId(), "ada").secret;
        clock.setInstant(clock.instant().plus(Duration.ofMinutes(2)));
        String code = Totp.codeAt(secret, clock.instant());

        assertThat(check.verify(ada.getId(), code)).isEqualTo(Result.ACCEPTED);
        assertThat(check.verify(ada.getId(), code)).as("replayed").isEqualTo(Result.WRONG);

        clock.setInstant(clock.instant().plusSeconds(30));
        assertThat(check.verify(ada.getId(), Totp.codeAt(secret, clock.instant()))).isEqualTo(Result.ACCEPTED);
    }

    @Test
    void a_recovery_code_works_once_and_never_again() {
        Enabled enabled = turnOn(ada.getId(), "ada");
        String recovery = enabled.recoveryCodes.get(3);

        assertThat(check.verify(ada.getId(), recovery.toUpperCase())).isEqualTo(Result.ACCEPTED);
        assertThat(check.verify(ada.getId(), recovery)).isEqualTo(Result.WRONG);
        assertThat(runAs(ada.getId(), "ada", Set.of(Role.STAFF), () -> twoFactor.status().recoveryCodesLeft()))
                .isEqualTo(RecoveryCodes.COUNT - 1);
    }

    @Test
    void wrong_codes_count_like_wrong_passwords_and_a_locked_account_passes_no_second_factor() {
        String secret = turnOn(ada.getId(), "ada").secret;
        for (int i = 0; i < AppUser.MAX_FAILED_LOGINS; i++) {
            // what the code step publishes for a wrong code
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated("ada", null),
                    new BadCredentialsException("Wrong second factor")));
        }

        assertThat(check.verify(ada.getId(), Totp.codeAt(secret, clock.instant().plusSeconds(30))))
                .isEqualTo(Result.LOCKED);
    }

    @Test
    void turning_it_off_needs_a_code_or_the_password() {
        turnOn(ada.getId(), "ada");
        loginAs(ada.getId(), "ada", Role.STAFF);

        assertThatThrownBy(() -> twoFactor.disable("not-the-password")).isInstanceOf(DomainException.class);
        assertThat(twoFactor.status().enabled()).isTrue();

        twoFactor.disable(PASSWORD);

        assertThat(twoFactor.status().enabled()).isFalse();
    }

    @Test
    void an_admin_reset_turns_it_off_and_ends_the_users_sessions() {
        Enabled enabled = turnOn(ada.getId(), "ada");
        String before = users.findSecurityStamp(ada.getId()).orElseThrow();

        runAsAdmin("root-admin", () -> {
            twoFactor.reset(ada.getId());
            return null;
        });

        assertThat(users.findSecurityStamp(ada.getId())).isPresent().get().isNotEqualTo(before);
        assertThat(((TandemUser) userDetailsService.loadUserByUsername("ada")).secondFactorPending()).isFalse();
        assertThat(check.verify(ada.getId(), enabled.recoveryCodes.get(0))).isEqualTo(Result.WRONG);
        assertThat(runAs(ada.getId(), "ada", Set.of(Role.STAFF), () -> twoFactor.status()))
                .isEqualTo(new TwoFactorStatus(false, 0, false));
    }

    @Test
    void only_administrators_reset_another_users_second_factor() {
        turnOn(ada.getId(), "ada");
        for (Role role : EnumSet.of(Role.STAFF, Role.MANAGER, Role.SUPERVISOR, Role.COMPLIANCE_OFFICER)) {
            assertThatThrownBy(() -> runAs(-2, "someone", Set.of(role), () -> {
                twoFactor.reset(ada.getId());
                return null;
            })).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(runAs(ada.getId(), "ada", Set.of(Role.STAFF), () -> twoFactor.status().enabled())).isTrue();
    }

    @Test
    void an_administrator_without_it_must_set_it_up_and_cannot_turn_it_off() {
        UserDraft root = runAsAdmin("root-admin", () -> userService.create(draft("grace", "Grace Hopper", Role.ADMIN),
                PASSWORD));

        assertThat(((TandemUser) userDetailsService.loadUserByUsername("grace")).secondFactorSetupRequired()).isTrue();

        turnOn(root.getId(), "grace", Role.ADMIN);
        TandemUser afterPassword = (TandemUser) userDetailsService.loadUserByUsername("grace");
        assertThat(afterPassword.secondFactorSetupRequired()).isFalse();
        assertThat(afterPassword.secondFactorPending()).isTrue();
        loginAs(root.getId(), "grace", Role.ADMIN);
        assertThatThrownBy(() -> twoFactor.disable(PASSWORD)).hasMessageContaining("twofa.required");
    }

    @Test
    void staff_need_no_setup() {
        assertThat(((TandemUser) userDetailsService.loadUserByUsername("ada")).secondFactorSetupRequired()).isFalse();
    }

    record Enabled(String secret, List<String> recoveryCodes) {
    }

    private Enabled turnOn(long id, String username, Role... roles) {
        Set<Role> set = roles.length == 0 ? Set.of(Role.STAFF) : Set.of(roles);
        return runAs(id, username, set, () -> {
            TwoFactorSetup setup = twoFactor.startSetup();
            return new Enabled(setup.secret(), twoFactor.enable(Totp.codeAt(setup.secret(), clock.instant())));
        });
    }

    private String wrongCode(String secret) {
        String right = Totp.codeAt(secret, clock.instant());
        return right.equals("123456") ? "654321" : "123456";
    }
}
