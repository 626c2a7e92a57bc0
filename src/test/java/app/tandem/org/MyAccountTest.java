package app.tandem.org;

import static app.tandem.TestUsers.loginAs;
import static app.tandem.TestUsers.runAsAdmin;
import static app.tandem.org.UserServiceTest.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.base.DomainException;
import app.tandem.org.domain.UserRepository;
import app.tandem.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The logged-in user's own account: profile, preferences and password. */
@TandemServiceTest
class MyAccountTest {

    static final String PASSWORD = "the-current-password";

    @Autowired
    UserService userService;

    @Autowired
    TeamService teamService;

    @Autowired
    UserRepository userRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    UserDraft me;

    @BeforeEach
    void loginAsANewUser() {
        me = runAsAdmin("root-admin", () -> {
            TeamDraft team = new TeamDraft();
            team.setName("Night Shift");
            UserDraft draft = draft("Annie.Easley", "Annie Easley", Role.STAFF, Role.SUPERVISOR);
            draft.setEmail("annie@example.org");
            draft.setTeam(new TeamRef(teamService.create(team).getId(), "Night Shift", TeamKind.OTHER));
            return userService.create(draft, PASSWORD);
        });
        loginAs(me.getId(), me.getUsername(), Role.STAFF, Role.SUPERVISOR);
    }

    @Test
    void a_user_sees_their_own_account() {
        MyAccount account = userService.myAccount();

        assertThat(account.username()).isEqualTo("annie.easley");
        assertThat(account.displayName()).isEqualTo("Annie Easley");
        assertThat(account.email()).isEqualTo("annie@example.org");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.SUPERVISOR);
        assertThat(account.teamName()).isEqualTo("Night Shift");
    }

    @Test
    void a_user_changes_their_own_password_with_the_current_one() {
        userService.changeOwnPassword(PASSWORD, "a-fresh-long-password");

        assertThat(passwordEncoder.matches("a-fresh-long-password", storedHash())).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, storedHash())).isFalse();
    }

    @Test
    void changing_the_own_password_needs_the_right_current_password() {
        String before = storedHash();

        assertThatThrownBy(() -> userService.changeOwnPassword("not-the-current-one", "a-fresh-long-password"))
                .isInstanceOf(DomainException.class).hasMessage("account.password.current-wrong");
        assertThat(storedHash()).isEqualTo(before);
    }

    @Test
    void the_new_own_password_follows_the_password_rules() {
        String before = storedHash();

        assertThatThrownBy(() -> userService.changeOwnPassword(PASSWORD, "too-short"))
                .isInstanceOf(DomainException.class).hasMessage("password.too-short");
        assertThatThrownBy(() -> userService.changeOwnPassword(PASSWORD, "Annie.Easley"))
                .isInstanceOf(DomainException.class).hasMessage("password.equals-username");
        assertThatThrownBy(() -> userService.changeOwnPassword(PASSWORD, PASSWORD))
                .isInstanceOf(DomainException.class).hasMessage("account.password.same");
        assertThat(storedHash()).isEqualTo(before);
    }

    @Test
    void a_user_chooses_dark_mode_and_language() {
        userService.setDarkMode(true);
        userService.setLanguage("de");

        assertThat(userService.myAccount().darkMode()).isTrue();
        assertThat(userService.myAccount().language()).isEqualTo("de");

        userService.setLanguage(null);
        assertThat(userService.myAccount().language()).isNull();
    }

    @Test
    void an_unsupported_language_is_refused() {
        assertThatThrownBy(() -> userService.setLanguage("xx"))
                .isInstanceOf(DomainException.class).hasMessage("account.language.unknown");
    }

    private String storedHash() {
        return userRepository.findById(me.getId()).orElseThrow().getPasswordHash();
    }
}
