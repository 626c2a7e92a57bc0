package app.tandem.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.ChromiumIT;
import app.tandem.org.UserDraft;
import app.tandem.org.UserService;
import app.tandem.org.domain.Totp;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two-factor sign-in in a real Chromium: turn it on with the QR code's key, log in with password and then a
 * recovery code (after a wrong code), and an administrator's reset that ends the user's session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.demo-data=true")
class TwoFactorJourneyIT extends ChromiumIT {

    private static final String PASSWORD = "journey-password-2026";

    @Autowired
    UserService userService;

    @Test
    void a_user_turns_it_on_signs_in_with_a_recovery_code_and_an_administrator_resets_it() {
        String username = "journey-" + Long.toHexString(System.nanoTime() & 0xffffff);
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName("Jo Journey");
        draft.setRoles(EnumSet.of(Role.STAFF));
        UserDraft jo = app.tandem.TestUsers.runAsAdmin("journey-admin", () -> userService.create(draft, PASSWORD));

        BrowserContext desktop = sized(1280, 900);
        Page page = signIn(desktop, username);
        page.waitForURL(Pattern.compile(".*:" + port + "/?$"));
        page.navigate("/account");
        page.locator("#twofa-turn-on").click();
        assertThat(page.locator("#twofa-qr")).isVisible();
        page.waitForFunction("() => { const i = document.querySelector('#twofa-qr'); return i && i.complete && i.naturalWidth > 0; }");
        String secret = page.locator("#twofa-secret").innerText().replace(" ", "");
        page.locator("#two-factor").scrollIntoViewIfNeeded();
        shot(page, "twofa-setup-desktop");
        page.locator("#twofa-confirm-code input").fill(Totp.codeAt(secret, Instant.now()));
        page.locator("#twofa-confirm").click();
        assertThat(page.locator("#twofa-recovery-codes")).isVisible();
        List<String> codes = List.of(page.locator("#twofa-recovery-codes").innerText().trim().split("\n"));
        assertThat(codes).hasSize(10);
        shot(page, "twofa-recovery-desktop");
        desktop.close();

        BrowserContext phone = sized(390, 844);
        Page second = signIn(phone, username);
        second.waitForURL(Pattern.compile(".*/login/code$"));
        assertThat(second.locator("#second-factor-code")).isVisible();
        second.navigate("/crm/accounts");
        second.waitForURL(Pattern.compile(".*/login/code$"));
        String right = Totp.codeAt(secret, Instant.now());
        second.locator("#second-factor-code input").fill("000000".equals(right) ? "111111" : "000000");
        second.locator("#second-factor-verify").click();
        assertThat(second.getByText("That code is not right.")).isVisible();
        shot(second, "twofa-code-step-phone");
        second.locator("#second-factor-code input").fill(codes.get(0));
        second.locator("#second-factor-verify").click();
        second.waitForURL(Pattern.compile(".*:" + port + "/?$"));
        assertThat(second.locator("#side-nav")).isAttached();
        second.navigate("/account");
        assertThat(second.locator("#twofa-status")).containsText("9");
        second.locator("#two-factor").scrollIntoViewIfNeeded();
        shot(second, "twofa-account-on-phone");

        BrowserContext admin = sized(1280, 900);
        Page adminPage = login(admin, "admin");
        adminPage.navigate("/admin/users/" + jo.getId());
        assertThat(adminPage.locator("#user-reset-2fa")).isVisible();
        adminPage.locator("#user-reset-2fa").click();
        shot(adminPage, "twofa-admin-after-click");
        var confirm = adminPage.locator("vaadin-button[slot='confirm-button']");
        assertThat(confirm).isVisible();
        shot(adminPage, "twofa-admin-reset-desktop");
        confirm.click();
        assertThat(adminPage.getByText("Two-factor sign-in is reset.")).isVisible();
        admin.close();

        second.reload();
        second.waitForURL(Pattern.compile(".*/login$"));
        phone.close();
    }

    private BrowserContext sized(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("en-US").setViewportSize(width, height));
        context.setDefaultTimeout(30_000);
        return context;
    }

    private static Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate("/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.keyboard().press("Enter");
        return page;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
    }
}
