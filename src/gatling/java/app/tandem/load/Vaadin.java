package app.tandem.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vaadin Flow's client protocol, as the browser speaks it (checked against Vaadin 25.2 in Chromium): the
 * bootstrap {@code ?v-r=init}, UIDL messages {@code ?v-r=uidl} with CSRF token, sync and client ids, and the
 * heartbeat. Every UIDL answer goes through {@link UiState#absorb}, so an error, an expired session or a
 * resynchronisation fails the request. A step names the element ids (regular expressions) its answer must render.
 */
final class Vaadin {

    static final String STATE = "vaadin";
    private static final String BODY = "uidlBody";
    private static final String BUILD_ERROR = "uidlBuildError";

    private Vaadin() {
    }

    static UiState state(Session session) {
        return session.get(STATE);
    }

    /** Loads a page as a browser does: the HTML, then the bootstrap of a new UI, then the first navigation. */
    static ChainBuilder open(String name, String location, String... expectedIds) {
        return exec(http(name + " (page)").get("/" + location).check(status().is(200)))
                .exec(bootstrap(name, location, expectedIds));
    }

    /** A new UI in a page the browser has just loaded: {@code ?v-r=init}, then the first navigation. */
    static ChainBuilder bootstrap(String name, String location, String... expectedIds) {
        return exec(session -> session.set(STATE, new UiState()))
                .exec(http(name + " (init)").get("/?v-r=init&location=" + location + "&query=")
                        .check(status().is(200))
                        .check(bodyString().validate("Vaadin bootstrap", (body, session) -> {
                            state(session).init(body);
                            return body;
                        })))
                .exec(uidl(name, ui -> List.of(navigation(ui, "/" + location, "")), expectedIds));
    }

    /** A click on a link or side-navigation item: the client router's {@code ui-navigate}. */
    static ChainBuilder navigate(String name, String route, String... expectedIds) {
        return uidl(name, ui -> List.of(navigation(ui, route, "client")), expectedIds);
    }

    static ChainBuilder navigate(String name, Function<Session, String> route, String... expectedIds) {
        return exec(session -> session.set("route", route.apply(session)))
                .exec(uidlWithSession(name, (ui, session) -> List.of(navigation(ui, session.getString("route"),
                        "client")), expectedIds));
    }

    static ChainBuilder click(String name, String elementId, String... expectedIds) {
        return uidl(name, ui -> List.of(click(ui, elementId)), expectedIds);
    }

    /** A grid's filter field changed: the grid must get its rows anew. */
    static ChainBuilder filterGrid(String name, String fieldId, String value) {
        return post(name, (ui, session) -> ui.message(valueChange(ui, fieldId, value, "input", true)),
                UiState::absorbGridRefresh)
                .exec(post(name + " (grid confirm)", (ui, session) -> ui.message(ui.takeConfirms()),
                        (ui, response) -> ui.absorb(response, List.of())));
    }

    /** The grid scrolled: its connector asks for the rows in view. */
    static ChainBuilder scrollGrid(String name, String gridId, int start, int length) {
        return uidl(name, ui -> List.of(ui.serverCall(ui.node(gridId), "setViewportRange", start, length)));
    }

    /** The browser's heartbeat that keeps the UI alive (every 5 minutes by default). */
    static ChainBuilder heartbeat() {
        return exec(http("heartbeat").post(session -> "/?v-r=heartbeat&v-uiId=" + state(session).uiId())
                .header("Content-Type", "text/plain;charset=UTF-8").check(status().is(200)));
    }

    static ChainBuilder uidl(String name, Function<UiState, List<ObjectNode>> rpcs, String... expectedIds) {
        return uidlWithSession(name, (ui, session) -> rpcs.apply(ui), expectedIds);
    }

    /** One UIDL round trip, then the grid confirmations the browser sends right after data arrived. */
    static ChainBuilder uidlWithSession(String name, BiFunction<UiState, Session, List<ObjectNode>> rpcs,
            String... expectedIds) {
        List<String> expected = List.of(expectedIds);
        return post(name, (ui, session) -> ui.message(rpcs.apply(ui, session)), expected)
                .exec(doIf(session -> state(session).hasPendingConfirms())
                        .then(post(name + " (grid confirm)", (ui, session) -> ui.message(ui.takeConfirms()),
                                List.of())));
    }

    /**
     * A UIDL request. Its body names nodes looked up in earlier answers; where one is missing (the view did not
     * show what the user acts on), the step is reported as a failed request with the reason, as any other error.
     */
    private static ChainBuilder post(String name, BiFunction<UiState, Session, String> body, List<String> expected) {
        return post(name, body, (ui, response) -> ui.absorb(response, expected));
    }

    static ChainBuilder post(String name, BiFunction<UiState, Session, String> body,
            BiConsumer<UiState, String> absorb) {
        return exec(session -> {
            try {
                return session.set(BODY, body.apply(state(session), session)).remove(BUILD_ERROR);
            } catch (RuntimeException e) {
                return session.set(BUILD_ERROR, e.getMessage());
            }
        }).doIfOrElse(session -> !session.contains(BUILD_ERROR)).then(
                exec(http(name).post(session -> "/?v-r=uidl&v-uiId=" + state(session).uiId())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> session.getString(BODY)))
                        .check(status().is(200))
                        .check(bodyString().validate("Vaadin UIDL", (response, session) -> {
                            absorb.accept(state(session), response);
                            return response;
                        }))))
                .orElse(exec(http(name).post(session -> "/?v-r=heartbeat&v-uiId=" + state(session).uiId())
                        .check(bodyString().validate("Vaadin UIDL", (response, session) -> {
                            throw new IllegalStateException(session.getString(BUILD_ERROR));
                        }))));
    }

    static ObjectNode navigation(UiState ui, String route, String trigger) {
        ObjectNode rpc = event(UiState.UI_ROOT_NODE, "ui-navigate");
        ObjectNode data = rpc.putObject("data");
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "Tandem");
        data.putObject("historyState").put("idx", ui.nextHistoryIndex());
        data.put("trigger", trigger);
        return rpc;
    }

    static ObjectNode click(UiState ui, String elementId) {
        ObjectNode rpc = event(ui.node(elementId), "click");
        ObjectNode data = rpc.putObject("data");
        for (String flag : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
            data.put(flag, false);
        }
        data.put("event.detail", 1);
        data.put("event.button", 0);
        for (String position : List.of("event.clientX", "event.clientY", "event.screenX", "event.screenY")) {
            data.put(position, 10);
        }
        return rpc;
    }

    static List<ObjectNode> valueChange(UiState ui, String elementId, String value, String domEvent,
            boolean debounced) {
        int node = ui.node(elementId);
        ObjectNode sync = UiState.JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        if (domEvent == null) {
            return List.of(sync);
        }
        ObjectNode event = event(node, domEvent);
        ObjectNode data = event.putObject("data");
        if (debounced) {
            // a debounced listener (ValueChangeMode.LAZY) gets its filter and phase, as the browser sends them
            data.put("1", 1).put("for", "trailing");
        }
        return List.of(sync, event);
    }

    private static ObjectNode event(int node, String type) {
        ObjectNode rpc = UiState.JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", type);
        return rpc;
    }
}
