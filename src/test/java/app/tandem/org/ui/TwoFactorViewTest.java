package app.tandem.org.ui;

import static app.tandem.org.ui.UsersViewTest.text;
import static app.tandem.org.ui.UsersViewTest.unique;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.MutableClock;
import app.tandem.TestUsers;
import app.tandem.org.TwoFactorService;
import app.tandem.org.UserDraft;
import app.tandem.org.UserService;
import app.tandem.org.domain.RecoveryCodes;
import app.tandem.org.domain.Totp;
import app.tandem.org.domain.UserRepository;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** My account's two-factor section and the administrators' reset, in the browserless views. */
class TwoFactorViewTest extends BrowserlessViewTest {

    @Autowired
    TwoFactorService twoFactorService;

    @Autowired
    UserService userService;

    @Autowired
    UserRepository userRepository;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    MutableClock clock;

    @Test
    @WithTandemUser(username = "twofa-turns-on", roles = Role.STAFF)
    void the_user_scans_the_qr_code_confirms_a_code_and_gets_ten_recovery_codes() {
        clock.setInstant(Instant.parse("2026-03-02T09:00:10Z"));
        MyAccountView view = open("account", MyAccountView.class);
        TwoFactorSection section = view.twoFactor;

        test(section.turnOn).click();
        String secret = section.secretText.getText().replace(" ", "");
        assertThat($(com.vaadin.flow.component.html.Image.class).id("twofa-qr").getSrc()).isNotBlank();
        assertThat(secret).matches("[A-Z2-7]{32}");

        test(section.confirmCode).setValue("000000".equals(Totp.codeAt(secret, clock.instant())) ? "111111" : "000000");
        test(section.confirm).click();
        assertThat(section.confirmCode.isInvalid()).isTrue();
        assertThat(section.confirmCode.getErrorMessage()).isEqualTo(text("twofa.code-wrong"));
        assertThat(twoFactorService.status().enabled()).isFalse();

        test(section.confirmCode).setValue(Totp.codeAt(secret, clock.instant()));
        test(section.confirm).click();

        assertThat(twoFactorService.status().enabled()).isTrue();
        assertThat(section.recoveryCodes.getText().split("\n")).hasSize(RecoveryCodes.COUNT);
    }

    @Test
    @WithTandemUser(username = "twofa-admin-resets", roles = Role.ADMIN)
    void an_administrator_resets_another_users_second_factor_after_confirming() {
        clock.setInstant(Instant.parse("2026-03-02T09:00:10Z"));
        UserDraft draft = new UserDraft();
        String username = unique("phone-lost");
        draft.setUsername(username);
        draft.setDisplayName("Pat Phoneless");
        draft.setRoles(EnumSet.of(Role.STAFF));
        UserDraft pat = userService.create(draft, "a-long-password-1");
        TestUsers.runAs(pat.getId(), username, Set.of(Role.STAFF), () -> twoFactorService.enable(
                Totp.codeAt(twoFactorService.startSetup().secret(), clock.instant())));
        String stampBefore = userRepository.findSecurityStamp(pat.getId()).orElseThrow();

        open("admin/users/" + pat.getId(), UsersView.class);
        test($(Button.class).id("user-reset-2fa")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo(text("users.reset-2fa.confirm.title", "Pat Phoneless"));
        assertThat(userService.load(pat.getId()).isTwoFactorEnabled()).as("on until confirmed").isTrue();

        test(confirm).confirm();

        assertThat(userService.load(pat.getId()).isTwoFactorEnabled()).isFalse();
        assertThat(userRepository.findSecurityStamp(pat.getId())).isPresent().get().isNotEqualTo(stampBefore);
    }
}
