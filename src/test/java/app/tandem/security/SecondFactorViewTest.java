package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.MutableClock;
import app.tandem.org.TwoFactorService;
import app.tandem.org.domain.Totp;
import app.tandem.org.domain.UserRepository;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The login's code step and the gates in front of every other page (browserless). */
@WithAnonymousUser
class SecondFactorViewTest extends BrowserlessViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    TwoFactorService twoFactorService;

    @Autowired
    UserRepository userRepository;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void setClock() {
        clock.setInstant(Instant.parse("2026-03-02T09:00:10Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "account", "my-work", "crm/accounts", "admin/users", "compliance/runs"})
    void a_user_owing_the_code_sees_only_the_code_step(String route) {
        TandemUser user = userWithTwoFactor(Role.ADMIN);
        TestSecurityContextHolder.setAuthentication(pending(user));

        UI.getCurrent().navigate(route);

        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);
    }

    @Test
    void a_wrong_code_is_refused_and_counts_toward_the_lockout() {
        TandemUser user = userWithTwoFactor(Role.STAFF);
        TestSecurityContextHolder.setAuthentication(pending(user));
        SecondFactorView view = navigate("login/code", SecondFactorView.class);
        String right = Totp.codeAt(secretOf(user), clock.instant());

        test(view.code).setValue("000000".equals(right) ? "111111" : "000000");
        test(view.verify).click();

        assertThat(view.code.isInvalid()).isTrue();
        assertThat(userRepository.findById(user.id()).orElseThrow().getFailedLogins()).isEqualTo(1);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(a -> a.getAuthority()).containsExactly(TandemUser.PRE_SECOND_FACTOR);
    }

    @Test
    void an_administrator_without_it_is_sent_to_set_it_up_when_the_setting_requires_it() {
        TandemUser admin = new TestUsers(context).ensure("twofa-setup-required-admin", Set.of(Role.ADMIN));
        TandemUser mustSetUp = new TandemUser(admin.id(), admin.getUsername(), admin.displayName(), null, admin.roles(),
                true, false, "", false, true);
        TestSecurityContextHolder.setAuthentication(TestUsers.authenticationOf(mustSetUp));

        for (String route : List.of("", "admin/users", "crm/accounts")) {
            UI.getCurrent().navigate(route);
            assertThat(getCurrentView()).as(route).isInstanceOf(RouteConfiguration.forApplicationScope()
                    .getRoute("account").orElseThrow());
        }
    }

    private TandemUser userWithTwoFactor(Role role) {
        TandemUser user = new TestUsers(context).ensure("twofa-" + role.name().toLowerCase() + "-"
                + Long.toHexString(System.nanoTime()), Set.of(role));
        app.tandem.TestUsers.runAs(user.id(), user.getUsername(), Set.of(role),
                () -> twoFactorService.enable(Totp.codeAt(twoFactorService.startSetup().secret(), clock.instant())));
        clock.setInstant(clock.instant().plusSeconds(90));
        return user;
    }

    private String secretOf(TandemUser user) {
        return userRepository.findById(user.id()).orElseThrow().getTotpSecret();
    }

    private static UsernamePasswordAuthenticationToken pending(TandemUser user) {
        TandemUser pending = new TandemUser(user.id(), user.getUsername(), user.displayName(), null, user.roles(), true,
                false, "", true, false);
        return UsernamePasswordAuthenticationToken.authenticated(pending, null, pending.getAuthorities());
    }
}
