package app.tandem.compliance.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TestUsers;
import app.tandem.compliance.ChecklistCategoryService;
import app.tandem.compliance.ChecklistRunService;
import app.tandem.compliance.ChecklistScheduleService;
import app.tandem.compliance.ChecklistTemplateService;
import app.tandem.compliance.EvidenceRow;
import app.tandem.compliance.ItemRule;
import app.tandem.compliance.Recurrence;
import app.tandem.compliance.RecurrenceRule;
import app.tandem.compliance.ResponseType;
import app.tandem.compliance.RunStatus;
import app.tandem.compliance.RunView;
import app.tandem.compliance.ScheduleData;
import app.tandem.compliance.TemplateDraft;
import app.tandem.compliance.TemplateItemData;
import app.tandem.org.TeamRef;
import app.tandem.org.TeamService;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.math.BigDecimal;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
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

/**
 * A checklist run in a real, headless Chromium: the compliance officer fills it in on a phone-sized screen and
 * submits it, and the second officer (the auditor) signs it off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.demo-data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChecklistRunIT {

    @LocalServerPort
    int port;
    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    ChecklistCategoryService categories;
    @Autowired
    ChecklistTemplateService templates;
    @Autowired
    ChecklistScheduleService schedules;
    @Autowired
    ChecklistRunService runs;
    @Autowired
    Clock clock;

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
    void an_officer_fills_a_run_on_a_phone_and_another_officer_signs_it_off() {
        UserRef officer = user("officer");
        long team = TestUsers.runAsAdmin("setup", () -> teamService.findTeams("Compliance", PageRequest.of(0, 5))
                .stream().filter(t -> t.name().equals("Compliance")).map(TeamRef::id).findFirst().orElseThrow());
        long run = asOfficer(officer, () -> {
            long category = categories.active().getFirst().id();
            long template = templates.create(new TemplateDraft("Server room check", category, null));
            long draft = templates.draftFor(template);
            long section = templates.addSection(draft, "Server room");
            templates.saveItem(section, new TemplateItemData(null, "Door locked", null, null, ItemRule.passFail()));
            templates.saveItem(section, new TemplateItemData(null, "Room temperature", null, "°C",
                    new ItemRule(ResponseType.NUMBER, true, 1, false, null, new BigDecimal("15"),
                            new BigDecimal("27"), List.of(), false, false, false)));
            templates.publish(draft);
            schedules.save(new ScheduleData(null, 0, template, team, officer.id(),
                    RecurrenceRule.of(Recurrence.ONE_OFF, LocalDate.now(clock)), 1, true));
            return runs.myRuns().stream().filter(r -> r.template().equals("Server room check")).findFirst()
                    .orElseThrow().id();
        });
        RunView before = asOfficer(officer, () -> runs.load(run));
        long door = before.items().toList().get(0).item().id();
        long temperature = before.items().toList().get(1).item().id();

        try (BrowserContext phone = context(390, 844)) {
            Page page = login(phone, "officer");
            page.navigate("/compliance/my");
            page.locator("#open-run-" + run).click();
            page.waitForURL(Pattern.compile(".*/compliance/runs/" + run + "$"));

            page.locator("#answer-" + door).getByText("Pass", new com.microsoft.playwright.Locator.GetByTextOptions()
                    .setExact(true)).click();
            assertThat(page.locator("#result-" + door)).hasText("Passed");
            // evidence through the browser's upload: a photo of the locked door
            page.locator("#evidence-" + door + " vaadin-details").click();
            page.locator("#upload-" + door + " input[type=file]").setInputFiles(new com.microsoft.playwright.options
                    .FilePayload("door.png", "image/png", tinyPng()));
            assertThat(page.locator("#evidence-" + door + " .evidence-line")).containsText("door.png");
            page.locator("#answer-" + temperature + " input").fill("21");
            page.locator("#answer-" + temperature + " input").press("Tab");
            assertThat(page.locator("#result-" + temperature)).hasText("Passed");
            page.locator("#run-submit").click();
            assertThat(page.locator("#run-status")).containsText("Submitted");
        }
        try (BrowserContext desk = context(1400, 900)) {
            Page page = login(desk, "auditor");
            page.navigate("/compliance/runs/" + run);
            page.locator("#run-sign-off-button").click();
            page.locator("vaadin-button[slot='confirm-button']").click();
            assertThat(page.locator("#run-status")).containsText("Signed off");
        }
        RunView after = asOfficer(officer, () -> runs.load(run));
        assertThat(after.status()).isEqualTo(RunStatus.SIGNED_OFF);
        assertThat(after.score()).isEqualTo(100);
        assertThat(after.items().toList().get(0).evidence()).extracting(EvidenceRow::fileName)
                .containsExactly("door.png");
        assertThat(asOfficer(officer, () -> runs.history(run)).getFirst().actorName()).isEqualTo("auditor");
    }

    /** A valid 1x1 PNG: evidence types are checked from the content, not the name. */
    private static byte[] tinyPng() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }

    private BrowserContext context(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("en-US").setViewportSize(width, height));
        context.setDefaultTimeout(20_000);
        return context;
    }

    private Page login(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate("/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo-1234");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*:" + port + "/?$"));
        return page;
    }

    private UserRef user(String username) {
        return TestUsers.runAsAdmin("setup", () -> userService.findUsers(username, PageRequest.of(0, 5)).stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow());
    }

    private <T> T asOfficer(UserRef officer, java.util.function.Supplier<T> action) {
        return TestUsers.runAs(officer.id(), "officer", EnumSet.of(Role.COMPLIANCE_OFFICER, Role.STAFF), action);
    }
}
