package app.tandem.performance.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TestUsers;
import app.tandem.org.UserRef;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/**
 * Feedback in a real, headless Chromium with the demo logins: the supervisor logs coaching feedback for
 * {@code staff} visible to the recipient, their supervisor and managers; the recipient reads it; a teammate in
 * the same team neither finds it in a list nor opens it by its address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackJourneyIT {

    private static final String DEMO_PASSWORD = "demo-1234";
    private static final String TEXT = "Coaching from the journey test: summarise the next steps at the end of the call.";

    @LocalServerPort
    int port;
    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void startBrowser() {
        // a loaded build machine needs more than the 5 s default for Vaadin's first render
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
    void a_supervisors_coaching_is_read_by_the_recipient_and_not_by_a_teammate() {
        String teammate = teammateOfStaff();
        long[] id = new long[1];

        as("supervisor", page -> {
            page.navigate("/performance/feedback");
            page.locator("#feedback-give").click();
            Locator recipient = page.locator("#feedback-recipient input");
            recipient.fill("Stella");
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Stella Staff"))
                    .click();
            page.locator("#feedback-type").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Coaching")).click();
            page.locator("#feedback-visibility vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText("Private + supervisor")).click();
            page.locator("#feedback-text textarea").fill(TEXT);
            page.locator("#feedback-save").click();

            page.waitForURL(Pattern.compile(".*/performance/feedback/\\d+$"));
            Matcher m = Pattern.compile("/performance/feedback/(\\d+)$").matcher(page.url());
            assertThat(m.find()).isTrue();
            id[0] = Long.parseLong(m.group(1));
            assertThat(page.locator("#feedback-detail-text")).hasText(TEXT);
        });

        as("staff", page -> {
            page.navigate("/performance/feedback");
            assertThat(page.locator("#feedback-received")).containsText(TEXT);
            page.navigate("/performance/feedback/" + id[0]);
            assertThat(page.locator("#feedback-detail-text")).hasText(TEXT);
            assertThat(page.locator("#feedback-detail-meta")).containsText("Sam Supervisor");
        });

        as(teammate, page -> {
            page.navigate("/performance/feedback/" + id[0]);
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText("does not exist or you may not see it"))).isVisible();
            assertThat(page.locator("#feedback-detail")).isHidden();
            assertThat(page.locator("#feedback-received")).isVisible();
            assertThat(page.getByText(TEXT)).hasCount(0);
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Given")).click();
            assertThat(page.getByText(TEXT)).hasCount(0);
        });
    }

    /** A member of staff's team who is neither staff nor the team's supervisor (all demo logins share a password). */
    private String teammateOfStaff() {
        return TestUsers.runAsAdmin("setup", () -> {
            UserRef staff = userService.findUsers("staff", PageRequest.of(0, 5)).stream()
                    .filter(u -> u.username().equals("staff")).findFirst().orElseThrow();
            long team = userService.teamIdOf(staff.id()).orElseThrow();
            return teamService.membersOf(team).stream().map(UserRef::username).filter(u -> !u.equals("staff") && !u.equals("supervisor"))
                    .findFirst().orElseThrow();
        });
    }

    private void as(String username, Consumer<Page> journey) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("en-US").setViewportSize(1400, 900))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*:" + port + "/?$"));
            try {
                journey.accept(page);
            } catch (AssertionError | RuntimeException e) {
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Paths.get("target", "screenshots", "feedback-journey-" + username + ".png")));
                throw e;
            }
        }
    }
}
