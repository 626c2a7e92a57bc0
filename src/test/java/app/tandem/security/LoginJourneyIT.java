package app.tandem.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.org.UserDraft;
import app.tandem.org.UserService;
import app.tandem.org.domain.UserRepository;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The login journey in a real, headless Chromium against the running app with its demo logins: who sees
 * what after login, a page the roles do not allow, logout, and the lockout after five wrong passwords.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginJourneyIT {

    private static final String DEMO_PASSWORD = "demo-1234";
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    UserRepository userRepository;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private Page page;

    /** A screenshot of the page at the moment a test fails, for the CI artifacts. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = extension -> {
        if (extension.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            String name = (extension.getRequiredTestMethod().getName() + extension.getDisplayName())
                    .replaceAll("[^A-Za-z0-9_.-]+", "_");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Paths.get("target", "screenshots", name + ".png")));
        }
    };

    @BeforeAll
    void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openFreshBrowserContext() {
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
                .setLocale("en-US").setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        // a loaded 2-core build machine renders the first Vaadin page in more than Playwright's default 5 s
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        context.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"admin, true", "manager, false", "supervisor, false", "staff, false", "officer, false"})
    void each_demo_user_sees_the_navigation_entries_of_their_roles(String username, boolean administrator) {
        logIn(username, DEMO_PASSWORD);

        assertThat(navItem("")).containsText("Home");
        assertThat(navItem("crm/accounts")).containsText("Accounts");
        assertThat(navItem("crm/deals")).containsText("Deals");
        Locator users = navItem("admin/users");
        Locator teams = navItem("admin/teams");
        if (administrator) {
            assertThat(users).isVisible();
            assertThat(users).containsText("Users");
            assertThat(teams).isVisible();
            assertThat(teams).containsText("Teams");
        } else {
            assertThat(users).hasCount(0);
            assertThat(teams).hasCount(0);
            Locator modules = page.locator("#side-nav .nav-module");
            assertThat(modules.first()).isVisible();
            assertThat(modules.filter(new Locator.FilterOptions().setHasText("Administration"))).hasCount(0);
        }
    }

    @Test
    void the_stylesheet_and_the_chart_library_load_for_a_logged_in_user() {
        logIn("manager", DEMO_PASSWORD);

        var css = page.request().get("/styles/tandem.css");
        assertThat(css.status()).isEqualTo(200);
        String text = css.text();
        assertThat(text.chars().filter(c -> c == '{').count()).as("balanced braces: one broken rule hides the rest")
                .isEqualTo(text.chars().filter(c -> c == '}').count());
        var charts = page.request().get("/webjars/echarts/5.5.0/echarts.min.js");
        assertThat(charts.status()).isEqualTo(200);
        assertThat(charts.headers().get("content-type")).contains("javascript");
    }

    @Test
    void staff_opening_user_administration_by_its_address_is_denied() {
        logIn("staff", DEMO_PASSWORD);

        page.navigate("/admin/users");

        assertThat(page.locator("#access-denied")).isVisible();
        assertThat(page.locator("#access-denied")).containsText("Not allowed");
        assertThat(page.locator("#users-grid")).hasCount(0);
    }

    @Test
    void logging_out_through_the_user_menu_returns_to_the_login_page() {
        logIn("manager", DEMO_PASSWORD);

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#menu-logout").click();

        page.waitForURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("#login-form")).isVisible();
        page.navigate("/");
        page.waitForURL(Pattern.compile(".*/login$"));
    }

    @Test
    void five_wrong_passwords_lock_the_account_so_the_right_one_fails_like_an_unknown_user() {
        String username = "lockout-victim";
        new TestUsers(applicationContext).ensure(username, Set.of(Role.STAFF));
        logInExpectingFailure("no-such-user", TestUsers.PASSWORD);
        String unknownUserMessage = loginError();
        for (int attempt = 1; attempt <= 5; attempt++) {
            logInExpectingFailure(username, "wrong-password-" + attempt);
        }
        assertThat(userRepository.findByUsername(username).orElseThrow().getLockedUntil()).isNotNull();
        logInExpectingFailure(username, TestUsers.PASSWORD);

        assertThat(loginError()).isEqualTo(unknownUserMessage).contains("Login failed");
        assertThat(page.locator("#side-nav")).hasCount(0);
    }

    @Test
    void pages_are_served_with_the_security_headers_and_vaadin_works_under_the_content_security_policy() {
        List<String> violations = new java.util.ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });

        Map<String, String> headers = page.navigate("/login").allHeaders();
        logIn("admin", DEMO_PASSWORD);
        page.navigate("/admin/users");
        assertThat(page.locator("#users-grid")).isVisible();

        assertThat(headers.get("content-security-policy")).contains("default-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'");
        assertThat(headers).containsEntry("x-content-type-options", "nosniff")
                .containsEntry("x-frame-options", "DENY")
                .containsEntry("referrer-policy", "strict-origin-when-cross-origin");
        assertThat(violations).isEmpty();
    }

    @Test
    void the_light_or_dark_choice_is_remembered_for_the_user_at_the_next_login() {
        String username = "night-owl";
        new TestUsers(applicationContext).ensure(username, Set.of(Role.STAFF));
        logIn(username, TestUsers.PASSWORD);
        assertThat(colorScheme()).doesNotContain("dark");

        page.locator("#color-scheme-toggle").click();
        page.waitForFunction("() => getComputedStyle(document.documentElement).colorScheme.includes('dark')");
        context.close();
        openFreshBrowserContext();
        logIn(username, TestUsers.PASSWORD);

        page.waitForFunction("() => getComputedStyle(document.documentElement).colorScheme.includes('dark')");
        assertThat(colorScheme()).contains("dark");
    }

    @Test
    void deactivating_a_user_ends_their_open_session_and_blocks_their_next_login() {
        String username = "leaver";
        TandemUser leaver = new TestUsers(applicationContext).ensure(username, Set.of(Role.STAFF));
        logIn(username, TestUsers.PASSWORD);
        page.navigate("/account");
        assertThat(page.locator("#change-password")).isVisible();

        UserService userService = applicationContext.getBean(UserService.class);
        app.tandem.TestUsers.runAsAdmin("it-admin", () -> {
            UserDraft draft = userService.load(leaver.id());
            return userService.setActive(leaver.id(), draft.getVersion(), false);
        });

        page.navigate("/account");
        page.waitForURL(Pattern.compile(".*/login$"));
        logInExpectingFailure(username, TestUsers.PASSWORD);
    }

    @Test
    void an_admin_whose_admin_role_is_removed_lands_on_the_login_page_at_the_next_click() {
        TandemUser demoted = new TestUsers(applicationContext).ensure("demoted", Set.of(Role.ADMIN, Role.STAFF));
        logIn("demoted", TestUsers.PASSWORD);
        navItem("admin/teams").click();
        page.waitForURL(Pattern.compile(".*/admin/teams$"));

        UserService userService = applicationContext.getBean(UserService.class);
        app.tandem.TestUsers.runAsAdmin("it-admin", () -> {
            UserDraft draft = userService.load(demoted.id());
            draft.setRoles(Set.of(Role.STAFF));
            return userService.update(draft);
        });

        navItem("admin/users").click();
        page.waitForURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void changing_the_own_password_keeps_this_session_open() {
        new TestUsers(applicationContext).ensure("changer", Set.of(Role.STAFF));
        logIn("changer", TestUsers.PASSWORD);
        page.navigate("/account");
        page.locator("#current-password input").fill(TestUsers.PASSWORD);
        page.locator("#new-password input").fill("a-fresh-long-passphrase");
        page.locator("#repeat-password input").fill("a-fresh-long-passphrase");
        page.locator("#change-password").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("password");

        navItem("crm/accounts").click();
        page.waitForURL(Pattern.compile(".*/crm/accounts$"));
        assertThat(page.locator("#side-nav")).isVisible();
    }

    private String colorScheme() {
        return (String) page.evaluate("() => getComputedStyle(document.documentElement).colorScheme");
    }

    private void logIn(String username, String password) {
        submitLogin(username, password);
        page.waitForURL(Pattern.compile(".*:" + port + "/?$"));
        assertThat(page.locator("#side-nav")).isVisible();
    }

    private void logInExpectingFailure(String username, String password) {
        submitLogin(username, password);
        page.waitForURL(Pattern.compile(".*/login\\?error$"));
        assertThat(loginError()).contains("Login failed");
    }

    private void submitLogin(String username, String password) {
        page.navigate("/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    /** The error the login form shows, once it shows one (it sits two shadow roots deep). */
    private String loginError() {
        return page.waitForFunction("""
                () => {
                  const wrapper = document.querySelector('vaadin-login-form')?.shadowRoot
                      ?.querySelector('vaadin-login-form-wrapper');
                  const error = wrapper?.shadowRoot?.querySelector('[part="error-message"]');
                  return error && error.checkVisibility() ? error.innerText : null;
                }""").jsonValue().toString();
    }

    private Locator navItem(String path) {
        return page.locator("#side-nav vaadin-side-nav-item[path='" + path + "']");
    }
}
