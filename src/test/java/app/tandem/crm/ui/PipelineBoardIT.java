package app.tandem.crm.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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

/** The pipeline board in a real, headless Chromium with the demo data: drag a deal, see the totals move. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineBoardIT {

    private static final Pattern COUNT = Pattern.compile("^(\\d+) ");

    @LocalServerPort
    int port;

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
    void dragging_an_own_deal_to_the_next_stage_moves_it_and_updates_both_column_totals() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("en-US").setViewportSize(1600, 1000))) {
            context.setDefaultTimeout(20_000);
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill("staff");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo-1234");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*:" + port + "/?$"));
            page.navigate("/crm/pipeline");

            Locator columns = page.locator(".pipeline-column");
            assertThat(columns.first()).isVisible();
            int from = -1;
            for (int i = 0; i < columns.count() - 1 && from < 0; i++) {
                if (columns.nth(i).locator(".deal-card[draggable=true]").count() > 0) {
                    from = i;
                }
            }
            assertThat(from).as("a column with a deal the staff user may move").isNotNegative();
            Locator source = columns.nth(from);
            Locator target = columns.nth(from + 1);
            int sourceBefore = count(source);
            int targetBefore = count(target);
            Locator card = source.locator(".deal-card[draggable=true]").first();
            String dealId = card.getAttribute("id");

            card.dragTo(target);

            assertThat(page.locator(".pipeline-column").nth(from + 1).locator("#" + dealId)).isVisible();
            assertThat(page.locator(".pipeline-column").nth(from).locator(".pipeline-totals"))
                    .hasText(Pattern.compile("^" + (sourceBefore - 1) + " "));
            assertThat(page.locator(".pipeline-column").nth(from + 1).locator(".pipeline-totals"))
                    .hasText(Pattern.compile("^" + (targetBefore + 1) + " "));
        }
    }

    private static int count(Locator column) {
        Matcher matcher = COUNT.matcher(column.locator(".pipeline-totals").innerText());
        assertThat(matcher.find()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
