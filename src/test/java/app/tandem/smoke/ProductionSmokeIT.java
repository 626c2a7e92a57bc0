package app.tandem.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.security.AccessMatrix;
import app.tandem.security.AccessMatrix.Access;
import app.tandem.security.AccessMatrix.Row;
import app.tandem.security.AccessMatrix.Subject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The production smoke: the packaged jar started as the README starts it (embedded MariaDB in a fresh data
 * directory, demo data, scheduled jobs on), then every demo login opens, in headless Chromium, every route the code
 * declares (scanned from {@code @Route}) and every entry of its menu, detail routes with a real record id
 * ({@link DemoRecords}). Fails on an error page or notification, a browser console error or an ERROR line in the
 * application's log, and when the table route x login differs from {@link AccessMatrix}. See docs/adr/0006.
 */
class ProductionSmokeIT {

    static final String PASSWORD = "demo-1234";
    static final Path TARGET = Paths.get("target");
    static final Path WORK = TARGET.resolve("production-smoke");
    /** Logins whose roles read every record of the CRM, the improvement log and the checklist runs. */
    static final Set<Subject> READ_ALL = Set.of(Subject.ADMIN, Subject.MANAGER, Subject.COMPLIANCE_OFFICER);
    /** Routes screenshotted for every login (desktop), and for staff on a phone too. */
    static final Set<String> SCREENSHOTS = Set.of("", "crm/import");
    static final String VAADIN_IDLE = "() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
            + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())";
    static final String CLOSE_OVERLAYS = "() => document.querySelectorAll('vaadin-dialog, vaadin-notification')"
            + ".forEach(overlay => overlay.opened = false)";
    static final String NO_NOTICES = "() => document.querySelectorAll('vaadin-notification-card').length === 0";
    static final String FOLLOW_ROUTER_LINK = "path => { const link = document.createElement('a');"
            + " link.setAttribute('router-link', ''); link.href = path; document.body.appendChild(link);"
            + " link.click(); link.remove(); }";
    static final String NOT_FOUND = "The record does not exist or you may not see it.";

    @Test
    void every_demo_login_opens_every_route_as_the_access_matrix_says_in_the_packaged_jar() throws Exception {
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> actual = new LinkedHashMap<>();
        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        List<String> routes = AccessMatrix.ROWS.stream().map(Row::route).toList();
        assertThat(routes).as("every route the code declares has its row in the access matrix")
                .containsAll(declaredRoutes());

        try (PackagedJar app = PackagedJar.start(TARGET, WORK, Duration.ofMinutes(4));
                DemoRecords records = new DemoRecords(app.jdbcUrl());
                Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update",
                                "--disable-sync")))) {
            System.out.printf("Production smoke: %s ready after %d s%n", app.baseUrl(), seconds(started));
            for (Map.Entry<String, Subject> demo : AccessMatrix.DEMO_LOGINS.entrySet()) {
                String login = demo.getKey();
                Map<String, String> shown = new LinkedHashMap<>();
                Map<String, String> want = new LinkedHashMap<>();
                try (BrowserContext context = context(browser, app.baseUrl(), 1280, 900)) {
                    Page page = login(context, login);
                    List<String> menu = menuOf(page);
                    for (Row row : AccessMatrix.ROWS) {
                        Access access = row.of(demo.getValue());
                        if (access == Access.LOGIN) {
                            continue;
                        }
                        String path = row.route();
                        boolean readable = true;
                        if (row.detail()) {
                            DemoRecords.Target target = records.targetFor(row.route(), login,
                                    READ_ALL.contains(demo.getValue()));
                            path = row.route().replaceAll(":[A-Za-z_]+", Long.toString(target.id()));
                            readable = target.readable();
                        }
                        shown.put(row.route(), open(page, path, login, problems));
                        want.put(row.route(), switch (access) {
                            case OPENS -> readable ? "shown" : "not found";
                            case DENIED -> "refused";
                            case HOME -> "home";
                            case LOGIN -> throw new IllegalStateException();
                        });
                        if (SCREENSHOTS.contains(row.route())) {
                            screenshot(page, login, row.route(), "desktop");
                        }
                    }
                    for (String entry : menu) {
                        if (!"shown".equals(shown.get(entry))) {
                            problems.add(login + ": the menu offers /" + entry + ", which is " + shown.get(entry));
                        }
                    }
                }
                actual.put(login, shown);
                expected.put(login, want);
            }
            try (BrowserContext phone = context(browser, app.baseUrl(), 390, 844)) {
                Page page = login(phone, "staff");
                open(page, "crm/import", "staff", problems);
                screenshot(page, "staff", "crm/import", "phone");
            }
            app.errorLines().forEach(line -> problems.add("ERROR in the application's log: " + line));
        }
        System.out.println(table(actual, expected));
        System.out.printf("Production smoke: %d routes x %d logins in %d s%n", routes.size(),
                AccessMatrix.DEMO_LOGINS.size(), seconds(started));
        assertThat(problems).as("problems seen while opening every route").isEmpty();
        assertThat(actual).as("route x login as the access matrix says").isEqualTo(expected);
    }

    /** Every path the code's {@code @Route} annotations declare, as the matrix writes them. */
    static Set<String> declaredRoutes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> paths = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("app.tandem")) {
            Class<?> view = Class.forName(candidate.getBeanClassName(), false,
                    ProductionSmokeIT.class.getClassLoader());
            paths.addAll(AccessMatrix.pathsOf(view.getAnnotation(Route.class).value() + urlParameterOf(view)));
        }
        assertThat(paths).as("@Route classes found on the classpath").contains("", "login", "crm/import");
        return paths;
    }

    /** The parameter Vaadin adds to the route of a view that takes one ({@code HasUrlParameter}). */
    private static String urlParameterOf(Class<?> view) {
        if (!HasUrlParameter.class.isAssignableFrom(view)) {
            return "";
        }
        boolean optional = Arrays.stream(view.getMethods())
                .filter(m -> m.getName().equals("setParameter") && !m.isBridge() && m.getParameterCount() == 2)
                .anyMatch(m -> m.getParameters()[1].isAnnotationPresent(OptionalParameter.class));
        return "/:___url_parameter" + (optional ? "?" : "");
    }

    private static BrowserContext context(Browser browser, String baseUrl, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
                .setLocale("en-US").setViewportSize(width, height));
        context.setDefaultTimeout(60_000);
        return context;
    }

    private static Page login(BrowserContext context, String login) {
        Page page = context.newPage();
        page.navigate("/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(login);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*:\\d+/?$"));
        page.waitForFunction(VAADIN_IDLE);
        return page;
    }

    /** The paths of the side navigation's entries. */
    private static List<String> menuOf(Page page) {
        List<String> paths = new ArrayList<>();
        for (Object path : (List<?>) page.evaluate("() => Array.from(document.querySelectorAll('vaadin-side-nav-item'))"
                + ".filter(i => i.querySelectorAll('vaadin-side-nav-item').length === 0).map(i => i.path || '')")) {
            paths.add(String.valueOf(path).replaceFirst("^/", ""));
        }
        assertThat(paths).as("the menu").isNotEmpty();
        return paths;
    }

    /**
     * Opens the path as the menu does (a router link: no page reload, one request to the server) and says what it
     * shows: shown, refused, not found or home. Dialogs and notices of the page before are closed first.
     */
    private static String open(Page page, String path, String login, List<String> problems) {
        List<String> console = new ArrayList<>();
        java.util.function.Consumer<com.microsoft.playwright.ConsoleMessage> onConsole = message -> {
            if ("error".equals(message.type())) {
                console.add(message.text());
            }
        };
        java.util.function.Consumer<String> onError = error -> console.add("uncaught: " + error);
        page.onConsoleMessage(onConsole);
        page.onPageError(onError);
        try {
            page.evaluate(CLOSE_OVERLAYS);
            // a closed notification leaves the page only after its closing animation: wait, or the next route
            // would be judged by the notice of the one before (seen on a busy machine)
            page.waitForFunction(NO_NOTICES);
            page.waitForFunction(VAADIN_IDLE);
            page.evaluate(FOLLOW_ROUTER_LINK, "/" + path);
            page.waitForTimeout(50);
            page.waitForFunction(VAADIN_IDLE);
            String where = login + " /" + path;
            List<String> notices = page.locator("vaadin-notification-card[theme~='error']").allInnerTexts();
            String outcome;
            if (page.locator("#access-denied").count() > 0) {
                outcome = "refused";
            } else if (notices.stream().anyMatch(n -> n.contains(NOT_FOUND))
                    || page.locator(".error-view h2").allInnerTexts().contains("Not found")) {
                outcome = "not found";
            } else if (page.locator(".error-view").count() > 0) {
                problems.add(where + ": error page: " + page.locator(".error-view").first().innerText());
                outcome = "error";
            } else if (!path.isEmpty() && page.url().replaceFirst("^https?://[^/]+/?", "").isEmpty()) {
                outcome = "home";
            } else {
                outcome = "shown";
            }
            notices.stream().filter(n -> !n.contains(NOT_FOUND))
                    .forEach(n -> problems.add(where + ": error notification: " + n));
            if (page.locator(".v-system-error").count() > 0) {
                problems.add(where + ": Vaadin system error: " + page.locator(".v-system-error").first().innerText());
            }
            console.stream().filter(text -> !expectedStatus(text, outcome))
                    .forEach(text -> problems.add(where + ": browser console: " + text));
            return outcome;
        } finally {
            page.offConsoleMessage(onConsole);
            page.offPageError(onError);
        }
    }

    /** A refused or missing page is answered with its HTTP status, which Chromium reports on the console. */
    private static boolean expectedStatus(String console, String outcome) {
        return console.startsWith("Failed to load resource: the server responded with a status of ")
                && (("refused".equals(outcome) && console.contains(" 403 "))
                        || ("not found".equals(outcome) && console.contains(" 404 ")));
    }

    private static void screenshot(Page page, String login, String route, String device) throws Exception {
        Path dir = Files.createDirectories(WORK.resolve("screenshots"));
        String name = login + "-" + (route.isEmpty() ? "home" : route.replace('/', '_')) + "-" + device + ".png";
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(true));
    }

    /** The table printed to the build's output: one row per route, one column per login; "!" marks a difference. */
    private static String table(Map<String, Map<String, String>> actual, Map<String, Map<String, String>> expected) {
        StringBuilder out = new StringBuilder("\nProduction smoke: route x login (shown / refused / not found / home)\n");
        out.append(String.format("%-42s", "route"));
        AccessMatrix.DEMO_LOGINS.keySet().forEach(login -> out.append(String.format("%-12s", login)));
        out.append('\n');
        for (Row row : AccessMatrix.ROWS) {
            out.append(String.format("%-42s", "/" + row.route()));
            for (String login : AccessMatrix.DEMO_LOGINS.keySet()) {
                String shown = actual.getOrDefault(login, Map.of()).getOrDefault(row.route(), "-");
                String want = expected.getOrDefault(login, Map.of()).getOrDefault(row.route(), "-");
                out.append(String.format("%-12s", shown.equals(want) ? shown : "!" + shown + "/" + want));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }
}
