package app.tandem.load;

import static app.tandem.load.Vaadin.state;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.flushSessionCookies;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.node.ObjectNode;

/** What users do in Tandem, step by step, each step named as the report shows it. */
final class Journeys {

    static final String PASSWORD = "demo-1234";

    private Journeys() {
    }

    /** Think time between two actions: a few seconds, as people read and decide. */
    static ChainBuilder think() {
        return exec(pause(Duration.ofSeconds(2), Duration.ofSeconds(6)));
    }

    /** The login page, then Spring Security's form login with its CSRF token, redirected to home (page loaded). */
    static ChainBuilder login() {
        return exec(http("login page").get("/login").check(status().is(200))
                        .check(css("meta[name='_csrf']", "content").saveAs("csrf")))
                .exec(Vaadin.open("login view", "login", "login-form"))
                .exec(think())
                .exec(http("login").post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200))
                        .check(currentLocationRegex(".*/login.*").notExists()))
                .exec(Vaadin.bootstrap("home", "", "dash-tiles", "side-nav"));
    }

    /** The user menu's "Log out": the session ends and the app sends the browser back to the login page. */
    static ChainBuilder logout() {
        return exec(Vaadin.post("logout", (ui, session) -> ui.message(List.of(Vaadin.click(ui, "menu-logout"))),
                        UiState::absorbLogout))
                .exec(http("after logout").get("/").check(status().is(200))
                        .check(currentLocationRegex(".*/login$").exists()))
                .exec(flushSessionCookies());
    }

    static ChainBuilder home() {
        return Vaadin.navigate("home", "", "dash-tiles");
    }

    static ChainBuilder myWork() {
        return Vaadin.navigate("my work", "my-work", "my-work-groups").exec(think())
                .exec(Vaadin.click("my work: refresh", "my-work-refresh",
                        "my-work-(empty|overdue|today|this-week|later)"));
    }

    /** The accounts list: a search, the filter cleared, and scrolling down the grid. */
    static ChainBuilder accounts() {
        return Vaadin.navigate("accounts", "crm/accounts", "crm-accounts-grid", "crm-accounts-search")
                .exec(think())
                .exec(Vaadin.filterGrid("accounts: search", "crm-accounts-search", "an"))
                .exec(think())
                .exec(Vaadin.filterGrid("accounts: clear search", "crm-accounts-search", ""))
                .exec(pause(Duration.ofSeconds(1), Duration.ofSeconds(3)))
                .exec(Vaadin.scrollGrid("accounts: scroll", "crm-accounts-grid", 50, 50))
                .exec(pause(Duration.ofSeconds(1), Duration.ofSeconds(3)))
                .exec(Vaadin.scrollGrid("accounts: scroll", "crm-accounts-grid", 100, 50));
    }

    /** The pipeline board, then one of its deals. */
    static ChainBuilder pipelineAndDeal() {
        return Vaadin.navigate("pipeline", "crm/pipeline", "pipeline-board")
                .exec(session -> session.set("deal", firstMatching(session, "deal-\\d+").orElse("")))
                .exec(think())
                .exec(doIf(session -> !session.getString("deal").isEmpty()).then(
                        Vaadin.navigate("deal", session -> "crm/deals/" + session.getString("deal")
                                .substring("deal-".length()), "crm-deal-stages")));
    }

    static ChainBuilder feedback() {
        return Vaadin.navigate("feedback", "performance/feedback", "feedback-tabs");
    }

    static ChainBuilder improvementBoard() {
        return Vaadin.navigate("improvement board", "improvement/board", "improvement-board");
    }

    /** My checklists; where a run is due, open it and answer the items of its first section. */
    static ChainBuilder checklistRun() {
        return Vaadin.navigate("my checklists", "compliance/my", "my-checklists")
                .exec(session -> session.set("run", firstMatching(session, "open-run-\\d+").orElse("")))
                .exec(doIf(session -> !session.getString("run").isEmpty()).then(exec(think())
                        .exec(Vaadin.uidlWithSession("open run", (ui, session) -> List.of(
                                Vaadin.click(ui, session.getString("run"))), "run-title"))
                        .exec(session -> session.set("answers", firstMatching(session, "answer-\\d+", 4)))
                        .foreach("#{answers}", "answer").on(exec(think())
                                .exec(Vaadin.uidlWithSession("run: answer", Journeys::answer)))));
    }

    /** Answers one checklist item as its field takes a value (a choice, a date, text or a number), varying. */
    private static List<ObjectNode> answer(UiState ui, Session session) {
        String id = session.getString("answer");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return switch (ui.tag(id)) {
            case "vaadin-radio-group" -> {
                List<String> choices = ui.childValues(id, "vaadin-radio-button");
                if (choices.isEmpty()) {
                    throw new IllegalStateException("no choices in #" + id);
                }
                yield Vaadin.valueChange(ui, id, choices.get(random.nextInt(choices.size())), null, false);
            }
            case "vaadin-date-picker" -> Vaadin.valueChange(ui, id,
                    LocalDate.now().minusDays(random.nextInt(30)).toString(), null, false);
            default -> Vaadin.valueChange(ui, id, Integer.toString(1 + random.nextInt(9)), "change", false);
        };
    }

    private static Optional<String> firstMatching(Session session, String regex) {
        return state(session).ids(id -> id.matches(regex)).stream().findFirst();
    }

    private static List<String> firstMatching(Session session, String regex, int limit) {
        return state(session).ids(id -> id.matches(regex)).stream().limit(limit).toList();
    }
}
