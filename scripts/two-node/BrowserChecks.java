import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The two-node test's browser checks (scripts/two-node-test runs it with Java's source launcher and Playwright from
 * the Maven cache): a stale edit on node B after a save on node A, a user deactivated on A losing the session on B,
 * and a notification written on A reaching the bell on B. Arguments: node A's URL, node B's URL, a user id each for
 * the conflict and the deactivation. Prints one PASS/FAIL line per check; exit code = fails.
 */
public class BrowserChecks {

    static final String PASSWORD = "demo-1234";
    static int failures;

    public static void main(String[] args) throws Exception {
        String nodeA = args[0];
        String nodeB = args[1];
        String conflictUserId = args[2];
        String deactivateUserId = args[3];
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium"))
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
            check("conflict: a user record saved on node A, then saved on node B from the stale form, gets the"
                    + " conflict message", () -> conflict(browser, nodeA, nodeB, conflictUserId));
            check("session: a user deactivated on node A loses the session on node B",
                    () -> deactivation(browser, nodeA, nodeB, deactivateUserId));
            check("bell: feedback given on node A reaches the bell of its recipient on node B without a reload",
                    () -> bell(browser, nodeA, nodeB));
        }
        System.exit(failures);
    }

    interface Check {
        String run() throws Exception;
    }

    static void check(String name, Check check) {
        try {
            String detail = check.run();
            System.out.println("PASS  " + name + (detail.isEmpty() ? "" : " (" + detail + ")"));
        } catch (Throwable e) {
            failures++;
            System.out.println("FAIL  " + name + ": " + e.toString().lines().findFirst().orElse(""));
        }
    }

    static BrowserContext context(Browser browser, String baseUrl) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
                .setLocale("en-US").setViewportSize(1400, 900));
        context.setDefaultTimeout(30_000);
        return context;
    }

    static Page login(BrowserContext context, String baseUrl, String username) {
        Page page = context.newPage();
        page.navigate("/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(Pattern.quote(baseUrl) + "/?$"));
        return page;
    }

    static String conflict(Browser browser, String nodeA, String nodeB, String userId) {
        try (BrowserContext onA = context(browser, nodeA); BrowserContext onB = context(browser, nodeB)) {
            Page a = login(onA, nodeA, "admin");
            Page b = login(onB, nodeB, "admin");
            a.navigate("/admin/users/" + userId);
            b.navigate("/admin/users/" + userId);
            Locator nameA = a.locator("#user-display-name input");
            Locator nameB = b.locator("#user-display-name input");
            nameA.waitFor();
            nameB.waitFor();
            String original = nameA.inputValue();
            nameA.fill(original + " (A)");
            a.locator("#user-save").click();
            a.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("saved"))
                    .or(a.locator("vaadin-notification-card")).first().waitFor();
            nameB.fill(original + " (B)");
            b.locator("#user-save").click();
            b.locator("vaadin-notification-card")
                    .filter(new Locator.FilterOptions().setHasText("Someone else changed this")).first().waitFor();
            return "node B says: Someone else changed this meanwhile";
        }
    }

    static String deactivation(Browser browser, String nodeA, String nodeB, String userId) throws Exception {
        try (BrowserContext onA = context(browser, nodeA); BrowserContext onB = context(browser, nodeB)) {
            Page officer = login(onB, nodeB, "officer");
            officer.navigate("/my-work");
            officer.waitForURL(Pattern.compile(".*/my-work$"));
            Page admin = login(onA, nodeA, "admin");
            admin.navigate("/admin/users/" + userId);
            // the administrator's own way: "Deactivate" on the user's page, then confirm
            admin.locator("#user-toggle-active").click();
            admin.locator("vaadin-button[slot='confirm-button']").click();
            admin.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText("is deactivated")).first().waitFor();
            long deactivated = System.currentTimeMillis();
            // the stamp cache of node B may hold the old stamp for up to 5 s
            for (int attempt = 0; attempt < 20; attempt++) {
                officer.navigate("/");
                if (officer.url().contains("/login")) {
                    return "node B sent the officer to the login page " + (System.currentTimeMillis() - deactivated)
                            + " ms after the save on node A";
                }
                officer.waitForTimeout(1000);
            }
            throw new IllegalStateException("the officer still works on node B 20 s after the deactivation: "
                    + officer.url());
        }
    }

    static String bell(Browser browser, String nodeA, String nodeB) {
        try (BrowserContext onB = context(browser, nodeB); BrowserContext onA = context(browser, nodeA)) {
            Page staff = login(onB, nodeB, "staff");
            Locator count = staff.locator("#notification-count");
            staff.locator("#notification-bell-button").waitFor();
            String text = count.textContent().trim();
            int before = text.isEmpty() ? 0 : Integer.parseInt(text);
            Page supervisor = login(onA, nodeA, "supervisor");
            supervisor.navigate("/performance/feedback");
            supervisor.locator("#feedback-give").click();
            supervisor.locator("#feedback-recipient input").fill("Stella");
            supervisor.locator("vaadin-combo-box-item")
                    .filter(new Locator.FilterOptions().setHasText("Stella Staff")).click();
            supervisor.locator("#feedback-type").click();
            supervisor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Praise")).click();
            supervisor.locator("#feedback-visibility vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText("Private + supervisor")).click();
            supervisor.locator("#feedback-text textarea").fill("Two-node test: well done on node B.");
            supervisor.locator("#feedback-save").click();
            supervisor.waitForURL(Pattern.compile(".*/performance/feedback/\\d+$"));
            long given = System.currentTimeMillis();
            String expected = Integer.toString(before + 1);
            for (int waited = 0; waited < 45; waited++) {
                if (expected.equals(count.textContent().trim())) {
                    return "count " + before + " -> " + expected + " on node B " + (System.currentTimeMillis() - given)
                            + " ms after the save on node A";
                }
                staff.waitForTimeout(1000);
            }
            throw new IllegalStateException("the bell on node B still says '" + count.textContent().trim()
                    + "' 45 s after the feedback, expected " + expected);
        }
    }
}
