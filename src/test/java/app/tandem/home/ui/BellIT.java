package app.tandem.home.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bell in a real, headless Chromium with the demo logins: while {@code staff} has a page open, the supervisor
 * (in another browser) gives them feedback; the staff member's bell counts one more without a reload (the browser
 * asks every 30 seconds), and opening the notification shows the feedback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BellIT {

    private static final String DEMO_PASSWORD = "demo-1234";
    private static final String TEXT = "Praise from the bell test: the customer loved the demo.";

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void startBrowser() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
        playwright.close();
    }

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

    private BrowserContext context() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("en-US").setViewportSize(1400, 900));
        context.setDefaultTimeout(30_000);
        return context;
    }

    private Page login(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate("/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*:" + port + "/?$"));
        return page;
    }
}
