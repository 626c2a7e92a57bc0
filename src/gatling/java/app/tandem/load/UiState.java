package app.tandem.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a Vaadin Flow client keeps of one UI: its id, CSRF token, the sync and client message ids, and the
 * state-tree nodes that carry an element id, learnt from each response's {@code changes}. Mutable: one per
 * virtual user, who sends one request at a time.
 */
final class UiState {

    /** The state tree's root (the UI itself) is node 1 in Flow's protocol; all other node ids are looked up. */
    static final int UI_ROOT_NODE = 1;
    // Flow's node features: 0 element data (tag), 1 properties, 2 children, 3 attributes
    private static final int FEATURE_ELEMENT_DATA = 0;
    private static final int FEATURE_PROPERTIES = 1;
    private static final int FEATURE_CHILDREN = 2;
    private static final int FEATURE_ATTRIBUTES = 3;

    static final JsonMapper JSON = JsonMapper.builder().build();

    private int uiId;
    private String csrfToken = "";
    private int syncId;
    private int clientId;
    private int expectedClientId;
    private int promise;
    private int historyIndex;
    private final Map<String, Integer> nodesById = new HashMap<>();
    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, String> values = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final List<int[]> pendingConfirms = new ArrayList<>();
    private final Set<String> freshIds = new HashSet<>();

    int uiId() {
        return uiId;
    }

    /** Reads the bootstrap answer of {@code ?v-r=init}: a new UI with its first UIDL. */
    void init(String body) {
        JsonNode config = parse(body).path("appConfig");
        if (!config.has("v-uiId")) {
            throw new IllegalStateException("no appConfig.v-uiId in the init response");
        }
        JsonNode uidl = config.path("uidl");
        uiId = config.get("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asString("");
        if (csrfToken.isEmpty()) {
            throw new IllegalStateException("no Vaadin-Security-Key in the init response");
        }
        syncId = uidl.path("syncId").asInt(-1);
        clientId = uidl.path("clientId").asInt(0);
        nodesById.clear();
        tags.clear();
        values.clear();
        children.clear();
        pendingConfirms.clear();
        historyIndex = 0;
        absorbChanges(uidl);
    }

    /** The body of the next UIDL request, carrying these RPC invocations. */
    String message(List<ObjectNode> rpcs) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode array = message.putArray("rpc");
        rpcs.forEach(array::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        expectedClientId = clientId + 1;
        return message.toString();
    }

    /**
     * Takes in a UIDL response; refuses (throws) an application error, an expired session, a resynchronisation,
     * a message out of sequence, or an answer that does not render the elements the step expects.
     */
    void absorb(String body, List<String> expectedIds) {
        absorb(body, expectedIds, false);
    }

    /** The answer to "log out": the session has ended on purpose, and the browser is sent on. */
    void absorbLogout(String body) {
        absorb(body, List.of(), true);
    }

    private void absorb(String body, List<String> expectedIds, boolean sessionEnds) {
        JsonNode uidl = parse(body);
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError")) {
            throw new IllegalStateException("appError: " + meta.get("appError"));
        }
        boolean expired = meta.has("sessionExpired") || body.contains("\"sessionExpired\"");
        if (expired != sessionEnds) {
            throw new IllegalStateException(sessionEnds ? "session still open after logout" : "sessionExpired");
        }
        if (uidl.has("resynchronize") || meta.has("resynchronize") || body.contains("\"resynchronize\"")) {
            throw new IllegalStateException("resynchronize");
        }
        int receivedSync = uidl.path("syncId").asInt(-1);
        if (receivedSync != syncId + 1) {
            throw new IllegalStateException("syncId " + receivedSync + ", expected " + (syncId + 1));
        }
        int nextClient = uidl.path("clientId").asInt(-1);
        if (nextClient != expectedClientId) {
            throw new IllegalStateException("clientId " + nextClient + ", expected " + expectedClientId);
        }
        syncId = receivedSync;
        clientId = nextClient;
        absorbChanges(uidl);
        // what a step shows is rendered anew by it: an element left from before does not count
        for (String id : expectedIds) {
            if (freshIds.stream().noneMatch(fresh -> fresh.matches(id))) {
                throw new IllegalStateException("no element #" + id + " in the answer");
            }
        }
    }

    private void absorbChanges(JsonNode uidl) {
        freshIds.clear();
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asString("");
            int feature = change.path("feat").asInt(-1);
            String key = change.path("key").asString("");
            if (type.equals("detach")) {
                nodesById.values().removeIf(n -> n == node);
                tags.remove(node);
                values.remove(node);
                children.remove(node);
            } else if (type.equals("put") && feature == FEATURE_ATTRIBUTES && key.equals("id")) {
                nodesById.put(change.path("value").asString(""), node);
                freshIds.add(change.path("value").asString(""));
            } else if (type.equals("put") && feature == FEATURE_ELEMENT_DATA && key.equals("tag")) {
                tags.put(node, change.path("value").asString(""));
            } else if (type.equals("put") && feature == FEATURE_PROPERTIES && key.equals("value")
                    && change.path("value").isString()) {
                values.put(node, change.path("value").asString());
            } else if (type.equals("splice") && feature == FEATURE_CHILDREN && change.has("addNodes")) {
                List<Integer> list = children.computeIfAbsent(node, n -> new ArrayList<>());
                change.get("addNodes").forEach(child -> list.add(child.asInt()));
            }
        }
        for (JsonNode invocation : uidl.path("execute")) {
            String script = invocation.path(invocation.size() - 1).asString("");
            if (script.contains("$connector.confirm(") && invocation.size() == 3) {
                pendingConfirms.add(new int[] {invocation.get(0).path("@v-node").asInt(), invocation.get(1).asInt()});
            }
        }
    }

    /** The node of the element with this id ({@code setId}) in the current UI. */
    int node(String elementId) {
        Integer node = nodesById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element #" + elementId + " in the UI");
        }
        return node;
    }

    boolean has(String elementId) {
        return nodesById.containsKey(elementId);
    }

    /** Element ids present now that match, in a stable order. */
    List<String> ids(Predicate<String> matching) {
        return nodesById.keySet().stream().filter(matching).sorted().toList();
    }

    String tag(String elementId) {
        return tags.getOrDefault(node(elementId), "");
    }

    /** The {@code value} properties of this element's children with the tag, e.g. the keys of radio buttons. */
    List<String> childValues(String elementId, String childTag) {
        return children.getOrDefault(node(elementId), List.of()).stream()
                .filter(child -> childTag.equals(tags.get(child)) && values.containsKey(child))
                .map(values::get).toList();
    }

    /** After a filter changed: the grid must have been sent its rows again. */
    void absorbGridRefresh(String body) {
        absorb(body, List.of());
        if (pendingConfirms.isEmpty()) {
            throw new IllegalStateException("no rows sent to the grid");
        }
    }

    boolean hasPendingConfirms() {
        return !pendingConfirms.isEmpty();
    }

    /** The {@code confirmUpdate} calls a grid's connector makes after it got data, as the browser sends them. */
    List<ObjectNode> takeConfirms() {
        List<ObjectNode> rpcs = pendingConfirms.stream().map(c -> serverCall(c[0], "confirmUpdate", c[1])).toList();
        pendingConfirms.clear();
        return rpcs;
    }

    ObjectNode serverCall(int node, String method, Object... args) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        ArrayNode array = rpc.putArray("templateEventMethodArgs");
        for (Object arg : args) {
            array.addPOJO(arg);
        }
        rpc.put("promise", promise++);
        return rpc;
    }

    int nextHistoryIndex() {
        return ++historyIndex;
    }

    private static JsonNode parse(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode node = JSON.readTree(json);
        if (node.isArray() && !node.isEmpty()) {
            node = node.get(0);
        }
        if (!node.isObject()) {
            throw new IllegalStateException("not a UIDL response: " + abbreviate(body));
        }
        return node;
    }

    static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
