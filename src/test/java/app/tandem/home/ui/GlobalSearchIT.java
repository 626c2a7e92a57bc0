package app.tandem.home.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.Arrays;
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
import org.springframework.jdbc.core.JdbcTemplate;

/** The header's search in a real, headless Chromium with the demo data: Ctrl+K, type, Arrow Down, Enter. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GlobalSearchIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

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
    void ctrl_k_opens_the_search_and_arrow_down_and_enter_open_a_demo_account() {
        String name = jdbc.queryForObject("select name from account order by id limit 1", String.class);
        String part = Arrays.stream(name.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 4).findFirst()
                .orElseThrow();
        part = part.substring(0, part.length() - 1);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("en-US").setViewportSize(1400, 900))) {
            context.setDefaultTimeout(20_000);
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill("manager");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo-1234");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*:" + port + "/?$"));
            assertThat(page.locator("#global-search-open")).isVisible();

            page.keyboard().press("Control+k");
            Locator field = page.locator("#global-search-field input");
            assertThat(field).isFocused();
            page.keyboard().type(part, new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(30));
            assertThat(page.locator("#global-search-heading-account")).isVisible();
            assertThat(page.locator(".global-search-hit.selected")).hasCount(1);
            String first = page.locator(".global-search-hit.selected").getAttribute("id");

            page.keyboard().press("ArrowDown");
            Locator selected = page.locator(".global-search-hit.selected");
            int hits = page.locator(".global-search-hit").count();
            if (hits > 1) {
                assertThat(selected).not().hasId(first);
            }
            String url = selected.getAttribute("data-url");
            assertThat(url).isNotBlank();
            page.keyboard().press("Enter");

            page.waitForURL(Pattern.compile(".*/" + Pattern.quote(url) + "$"));
            assertThat(page.locator("#global-search-dialog")).not().isVisible();
        }
    }
}
