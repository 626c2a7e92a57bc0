package app.tandem.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;

/**
 * Tandem's load test: {@code load.users} concurrent users (closed model, so as many sessions are open as users
 * are set), ramped up over {@code load.ramp} seconds and held for {@code load.duration} seconds, spread over the
 * kinds of user by weight. Any failed request fails the run (README "Load test").
 */
public class TandemDaySimulation extends Simulation {

    private final String baseUrl = System.getProperty("load.baseUrl", "http://localhost:8080");
    private final int users = Integer.getInteger("load.users", 5);
    private final int duration = Integer.getInteger("load.duration", 60);
    private final int ramp = Integer.getInteger("load.ramp", 10);
    /** Optionally only some kinds of user, e.g. "compliance,sales". */
    private final List<String> only = List.of(System.getProperty("load.roles", "").split(",")).stream()
            .filter(s -> !s.isBlank()).toList();

    private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
            .acceptLanguageHeader("en-US")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Tandem load test (Gatling)")
            .disableCaching();

    {
        List<RoleScenarios.Role> roles = RoleScenarios.ALL.stream()
                .filter(role -> only.isEmpty() || only.contains(role.name())).toList();
        double totalWeight = roles.stream().mapToDouble(RoleScenarios.Role::weight).sum();
        List<PopulationBuilder> populations = roles.stream().map(role -> {
            int share = Math.max(1, (int) Math.round(users * role.weight() / totalWeight));
            return role.scenario().injectClosed(
                    rampConcurrentUsers(0).to(share).during(Duration.ofSeconds(Math.max(1, ramp))),
                    constantConcurrentUsers(share).during(Duration.ofSeconds(duration)));
        }).toList();
        setUp(populations).protocols(protocol)
                .maxDuration(Duration.ofSeconds(ramp + duration))
                .assertions(global().failedRequests().count().is(0L));
    }
}
