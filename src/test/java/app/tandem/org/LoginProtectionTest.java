package app.tandem.org;

import static app.tandem.TestUsers.runAsAdmin;
import static app.tandem.org.UserServiceTest.draft;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.base.DomainException;
import app.tandem.security.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The login form against strangers: CSRF, throttling per client address, and the password rules. */
@TandemServiceTest
class LoginProtectionTest {

    static final String PASSWORD = "the-right-password";
    /** Each test that fails logins does so from an address of its own: the throttle outlives a test. */
    static final String STRANGER = "203.0.113.9";
    static final String HOME = "198.51.100.7";

    @Autowired
    UserService userService;

    @Autowired
    MutableClock clock;

    @Autowired
    WebApplicationContext webApplicationContext;

    MockMvc mvc;
    UserDraft ada;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(webApplicationContext).apply(springSecurity()).build();
        clock.setInstant(Instant.parse("2026-03-02T09:00:00Z"));
        ada = runAsAdmin("root-admin", () -> userService.create(draft("ada", "Ada Lovelace", Role.STAFF), PASSWORD));
    }

    @Test
    void a_login_without_a_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/login").param("username", "ada").param("password", PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void a_login_with_a_wrong_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/login").param("username", "ada").param("password", PASSWORD)
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void a_login_with_the_right_csrf_token_works() throws Exception {
        login("ada", PASSWORD, HOME).andExpect(authenticated().withUsername("ada"));
    }

    @Test
    void an_address_that_keeps_failing_waits_while_other_addresses_still_log_in() throws Exception {
        for (int i = 0; i < 10; i++) {
            login("guess" + i, "password" + i, STRANGER).andExpect(unauthenticated());
        }

        login("ada", PASSWORD, STRANGER).andExpect(unauthenticated());
        login("ada", PASSWORD, HOME).andExpect(authenticated().withUsername("ada"));

        clock.advance(Duration.ofMinutes(61));
        login("ada", PASSWORD, STRANGER).andExpect(authenticated().withUsername("ada"));
    }

    @Test
    void a_stranger_cannot_keep_a_user_locked_out() throws Exception {
        for (int round = 0; round < 3; round++) {
            if (round > 0) {
                clock.advance(AppUserLockout.LOCKOUT.plusMinutes(1));
            }
            for (int i = 0; i < 5; i++) {
                login("ada", "wrong-" + i, "203.0.113.77").andExpect(unauthenticated());
            }
        }

        login("ada", PASSWORD, HOME).andExpect(authenticated().withUsername("ada"));
    }

    @Test
    void a_password_on_the_list_of_common_passwords_is_refused() {
        assertThatThrownBy(() -> runAsAdmin("root-admin", () -> {
            userService.resetPassword(ada.getId(), "password1234");
            return null;
        })).isInstanceOfSatisfying(DomainException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.getMessageKey()).isEqualTo("password.common"));
    }

    @Test
    void a_password_longer_than_128_characters_is_refused() {
        assertThatThrownBy(() -> runAsAdmin("root-admin", () -> userService.create(
                draft("bob", "Bob", Role.STAFF), "x".repeat(129))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.getMessageKey())
                                .isEqualTo("password.too-long"));
    }

    private ResultActions login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    /** The lockout the account keeps (per account, time-limited). */
    static final class AppUserLockout {
        static final Duration LOCKOUT = app.tandem.org.domain.AppUser.LOCKOUT;
    }
}
