package app.tandem.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.ChromiumIT;
import app.tandem.org.domain.Totp;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** With the setting on, an administrator without two-factor sign-in can open only My account until it is on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tandem.demo-data=true", "tandem.security.require-2fa-for-admins=true"})
class AdminTwoFactorRequiredIT extends ChromiumIT {

    @Test
    void an_administrator_without_it_sets_it_up_before_any_other_page_opens() {
        BrowserContext context = context();
        Page page = context.newPage();
        page.navigate("/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill("admin");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
        page.keyboard().press("Enter");

        assertThat(page.locator("#twofa-required-banner")).isVisible();
        page.waitForURL(Pattern.compile(".*/account$"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                "twofa-admin-required-desktop.png")));
        page.navigate("/admin/users");
        page.waitForURL(Pattern.compile(".*/account$"));
        assertThat(page.locator("#twofa-required-banner")).isVisible();

        page.locator("#twofa-turn-on").click();
        String secret = page.locator("#twofa-secret").innerText().replace(" ", "");
        page.locator("#twofa-confirm-code input").fill(Totp.codeAt(secret, Instant.now()));
        page.locator("#twofa-confirm").click();
        assertThat(page.locator("#twofa-recovery-codes")).isVisible();

        page.navigate("/admin/users");
        page.waitForURL(Pattern.compile(".*/admin/users$"));
        assertThat(page.locator("#twofa-required-banner")).hasCount(0);
        context.close();
    }
}
