package app.tandem.org;

import static app.tandem.TestUsers.runAsAdmin;
import static app.tandem.org.UserServiceTest.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.org.domain.AppUser;
import app.tandem.org.domain.UserRepository;
import app.tandem.security.Role;
import app.tandem.security.TandemUser;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Logins through Spring Security: its authentication manager, and the login form through the filter chain. */
@TandemServiceTest
class LoginLockoutTest {

    static final String PASSWORD = "the-right-password";
    static final String WRONG = "a-wrong-password";

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    UserService userService;

    @Autowired
    UserRepository userRepository;

    @Autowired
    MutableClock clock;

    @Autowired
    WebApplicationContext webApplicationContext;

    AuthenticationManager authenticationManager;
    UserDraft user;

    @BeforeEach
    void createUser() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
        clock.setInstant(Instant.parse("2026-03-02T09:00:00Z"));
        user = runAsAdmin("root-admin", () -> userService.create(draft("ada", "Ada Lovelace", Role.STAFF), PASSWORD));
    }

    @Test
    void an_active_user_logs_in_with_the_right_password() {
        Authentication auth = login("ada", PASSWORD);

        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(auth.getPrincipal()).isInstanceOfSatisfying(TandemUser.class, principal -> {
            assertThat(principal.id()).isEqualTo(user.getId());
            assertThat(principal.roles()).containsExactly(Role.STAFF);
        });
        assertThat(auth.getAuthorities()).extracting(a -> a.getAuthority())
                .filteredOn(a -> a.startsWith("ROLE_")).containsExactly("ROLE_STAFF");
    }

    @Test
    void the_username_is_not_case_sensitive_at_login() {
        assertThat(login(" ADA ", PASSWORD).getName()).isEqualTo("ada");
    }

    @Test
    void a_wrong_password_is_refused() {
        assertThatThrownBy(() -> login("ada", WRONG)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void an_unknown_user_gets_the_same_answer_as_a_wrong_password() {
        assertThatThrownBy(() -> login("nobody", PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_deactivated_user_cannot_log_in() {
        userService_setActive(false);

        assertThatThrownBy(() -> login("ada", PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void a_reactivated_user_can_log_in_again() {
        userService_setActive(false);
        userService_setActive(true);

        assertThat(login("ada", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_password() {
        failLogins("ada", 5);

        assertThatThrownBy(() -> login("ada", PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(runAsAdmin("root-admin", () -> userService.load(user.getId()).isLocked())).isTrue();
    }

    @Test
    void four_wrong_passwords_do_not_lock_the_account() {
        failLogins("ada", 4);

        assertThat(login("ada", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void wrong_passwords_count_whatever_the_case_of_the_username() {
        failLogins("Ada", 3);
        failLogins("ADA", 2);

        assertThatThrownBy(() -> login("ada", PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void a_successful_login_resets_the_count_of_wrong_passwords() {
        failLogins("ada", 4);
        login("ada", PASSWORD);
        failLogins("ada", 4);

        assertThat(login("ada", PASSWORD).isAuthenticated()).isTrue();
        assertThat(userRepository.findByUsername("ada").orElseThrow().getFailedLogins()).isZero();
    }

    @Test
    void the_lockout_lifts_after_fifteen_minutes() {
        failLogins("ada", 5);

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThatThrownBy(() -> login("ada", PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofSeconds(1));
        assertThat(login("ada", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void wrong_passwords_during_the_lockout_do_not_extend_it() {
        failLogins("ada", 5);
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> login("ada", WRONG)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(5));
        assertThat(login("ada", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void an_admin_unlocks_a_locked_account() {
        failLogins("ada", 5);

        runAsAdmin("root-admin", () -> {
            userService.unlock(user.getId());
            return null;
        });

        assertThat(login("ada", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_password_reset_unlocks_the_account() {
        failLogins("ada", 5);

        runAsAdmin("root-admin", () -> {
            userService.resetPassword(user.getId(), "a-brand-new-password");
            return null;
        });

        assertThat(login("ada", "a-brand-new-password").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> login("ada", PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void failed_logins_do_not_make_an_admins_open_edit_of_that_user_a_conflict() {
        UserDraft openInForm = runAsAdmin("root-admin", () -> userService.load(user.getId()));
        failLogins("ada", 5);

        openInForm.setDisplayName("Ada King");
        UserDraft saved = runAsAdmin("root-admin", () -> userService.update(openInForm));

        assertThat(saved.getDisplayName()).isEqualTo("Ada King");
    }

    @Test
    void each_failed_login_through_the_login_form_counts_once() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(webApplicationContext).apply(springSecurity()).build();

        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/login").param("username", "ada").param("password", WRONG).with(csrf())
                            .with(from("192.0.2.3")))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login?error"));
        }

        assertThat(userRepository.findByUsername("ada").orElseThrow().getFailedLogins()).isEqualTo(3);
    }

    @Test
    void five_failed_logins_through_the_login_form_lock_the_account() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(webApplicationContext).apply(springSecurity()).build();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", "ada").param("password", WRONG).with(csrf())
                            .with(from("192.0.2.5")))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(post("/login").param("username", "ada").param("password", PASSWORD).with(csrf())
                        .with(from("192.0.2.5")))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        clock.advance(AppUser.LOCKOUT);
        mvc.perform(post("/login").param("username", "ada").param("password", PASSWORD).with(csrf())
                        .with(from("192.0.2.5")))
                .andExpect(authenticated().withUsername("ada"));
    }

    /** A client address of the test's own, so that the throttling per address sees no other test's failures. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void userService_setActive(boolean active) {
        runAsAdmin("root-admin", () -> {
            UserDraft current = userService.load(user.getId());
            return userService.setActive(current.getId(), current.getVersion(), active);
        });
    }

    private Authentication login(String username, String password) {
        return authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private void failLogins(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> login(username, WRONG)).isInstanceOf(BadCredentialsException.class);
        }
    }
}
