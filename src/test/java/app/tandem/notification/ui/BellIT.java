package app.tandem.notification.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.ChromiumIT;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The bell in a real, headless Chromium with the demo logins: while {@code staff} has a page open, the supervisor
 * (in another browser) gives them feedback; the staff member's bell counts one more without a reload (the browser
 * asks every 30 seconds), and opening the notification shows the feedback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.demo-data=true")
class BellIT extends ChromiumIT {

    private static final String TEXT = "Praise from the bell test: the customer loved the demo.";

    @Test
    void the_recipients_bell_counts_new_feedback_without_a_reload_and_opens_it() {
        try (BrowserContext staffContext = context(); BrowserContext supervisorContext = context()) {
            Page staff = login(staffContext, "staff");
            try {
                Locator count = staff.locator("#notification-count");
                assertThat(staff.locator("#notification-bell-button")).isVisible();
                int before = Integer.parseInt(count.textContent().trim());

                long id = giveFeedback(login(supervisorContext, "supervisor"));

                // no reload: the bell asks again within 30 seconds
                assertThat(count).hasText(Integer.toString(before + 1),
                        new LocatorAssertions.HasTextOptions().setTimeout(45_000));
                assertThat(count).isVisible();
                assertThat(staff.locator("#notification-bell-button"))
                        .hasAttribute("aria-label", Pattern.compile(".*" + (before + 1) + " unread.*"));

                staff.locator("#notification-bell-button").click();
                Locator newest = staff.locator("#notification-list .notification-entry").first();
                assertThat(newest).containsText("Sam Supervisor gave you feedback: " + TEXT);
                newest.click();

                staff.waitForURL(Pattern.compile(".*/performance/feedback/" + id + "$"));
                assertThat(staff.locator("#feedback-detail-text")).hasText(TEXT);
                assertThat(count).hasText(Integer.toString(before));
            } catch (AssertionError | RuntimeException e) {
                staff.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Paths.get("target", "screenshots", "bell-staff.png")));
                throw e;
            }
        }
    }

    private long giveFeedback(Page page) {
        page.navigate("/performance/feedback");
        page.locator("#feedback-give").click();
        page.locator("#feedback-recipient input").fill("Stella");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Stella Staff")).click();
        page.locator("#feedback-type").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Praise")).click();
        page.locator("#feedback-visibility vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Private + supervisor")).click();
        page.locator("#feedback-text textarea").fill(TEXT);
        page.locator("#feedback-save").click();
        page.waitForURL(Pattern.compile(".*/performance/feedback/\\d+$"));
        Matcher m = Pattern.compile("/performance/feedback/(\\d+)$").matcher(page.url());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
