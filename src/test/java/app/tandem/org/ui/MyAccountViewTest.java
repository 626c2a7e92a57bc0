package app.tandem.org.ui;

import static app.tandem.org.ui.UsersViewTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.org.UserService;
import app.tandem.org.domain.UserRepository;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.TestUsers;
import app.tandem.security.WithTandemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class MyAccountViewTest extends BrowserlessViewTest {

    private static final String NEW_PASSWORD = "my-new-password-2026";

    @Autowired
    UserRepository userRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    CurrentUser currentUser;

    @Test
    @WithTandemUser(username = "account-wrong-current", roles = Role.STAFF)
    void a_wrong_current_password_is_reported_at_that_field_and_changes_nothing() {
        MyAccountView view = open("account", MyAccountView.class);

        changePassword(view, "not-my-password", NEW_PASSWORD, NEW_PASSWORD);

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo(text("account.password.current-wrong"));
        assertThat(passwordIs(TestUsers.PASSWORD)).isTrue();
    }

    @Test
    @WithTandemUser(username = "account-changes-password", roles = Role.STAFF)
    void the_user_changes_their_password_with_the_right_current_one() {
        MyAccountView view = open("account", MyAccountView.class);

        changePassword(view, TestUsers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(view.currentPassword.isInvalid()).as(view.currentPassword.getErrorMessage()).isFalse();
        assertThat(view.newPassword.isInvalid()).as(view.newPassword.getErrorMessage()).isFalse();
        assertThat(view.currentPassword.getValue()).isEmpty();
        assertThat(passwordIs(NEW_PASSWORD)).isTrue();
    }

    @Test
    @WithTandemUser(username = "account-too-short", roles = Role.STAFF)
    void a_new_password_shorter_than_twelve_characters_is_refused() {
        MyAccountView view = open("account", MyAccountView.class);

        changePassword(view, TestUsers.PASSWORD, "short-pw", "short-pw");

        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage())
                .isEqualTo(text("password.too-short", UserService.MIN_PASSWORD_LENGTH));
        assertThat(passwordIs(TestUsers.PASSWORD)).isTrue();
    }

    private void changePassword(MyAccountView view, String current, String next, String repeat) {
        test(view.currentPassword).setValue(current);
        test(view.newPassword).setValue(next);
        test(view.repeatPassword).setValue(repeat);
        test(view.changePassword).click();
    }

    private boolean passwordIs(String password) {
        String hash = userRepository.findById(currentUser.id()).orElseThrow().getPasswordHash();
        return passwordEncoder.matches(password, hash);
    }
}
