package app.tandem.improvement.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TestUsers;
import app.tandem.improvement.IdeaDraft;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemStatus;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/** The PDCA board in a real, headless Chromium: a manager drags a submitted idea into the Plan column. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImprovementBoardIT {

    @LocalServerPort
    int port;
    @Autowired
    ImprovementService improvementService;
    @Autowired
    UserService userService;

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
    void dragging_a_submitted_idea_to_the_plan_column_approves_it() {
        UserRef manager = TestUsers.runAsAdmin("setup", () -> userService.findUsers("manager", PageRequest.of(0, 5))
                .stream().filter(u -> u.username().equals("manager")).findFirst().orElseThrow());
        long id = TestUsers.runAs(manager.id(), "manager", EnumSet.of(Role.MANAGER),
                () -> improvementService.submitIdea(new IdeaDraft("Drag me to Plan", "Board test", null, null)));

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("en-US").setViewportSize(1800, 1000))) {
            context.setDefaultTimeout(20_000);
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill("manager");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo-1234");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*:" + port + "/?$"));
            page.navigate("/improvement/board");

            Locator card = page.locator("#column-SUBMITTED #item-" + id);
            assertThat(card).isVisible();

            card.dragTo(page.locator("#column-APPROVED"));

            assertThat(page.locator("#column-APPROVED #item-" + id)).isVisible();
            assertThat(page.locator("#column-SUBMITTED #item-" + id)).hasCount(0);
        }
        ItemStatus status = TestUsers.runAs(manager.id(), "manager", EnumSet.of(Role.MANAGER),
                () -> improvementService.load(id).status());
        assertThat(status).isEqualTo(ItemStatus.APPROVED);
    }
}
