package app.tandem;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real-browser test against Tandem on a random port: Debian's headless Chromium (never a downloaded one), one
 * browser per class, a desktop-sized context per user and a login with the demo password. Subclasses carry
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT, properties = "tandem.demo-data=true")}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ChromiumIT {

    protected static final String DEMO_PASSWORD = "demo-1234";

    @LocalServerPort
    protected int port;

    protected Playwright playwright;
    protected Browser browser;

    @BeforeAll
    void startBrowser() {
        // a loaded build machine needs more than the 5 s default for Vaadin's first render
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
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

    /** A new browser context at 1400x900 in English, its base URL the app. */
    protected BrowserContext context() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("en-US").setViewportSize(1400, 900));
        context.setDefaultTimeout(30_000);
        return context;
    }

    /** Logs a demo user in, in a new page of the context; returns it on the home page. */
    protected Page login(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate("/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*:" + port + "/?$"));
        return page;
    }
}
