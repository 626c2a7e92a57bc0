package app.tandem.base.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What an operator's probes and Prometheus see on the management port, and that the public port shows none of it.
 * The scheduler runs here as in production (the compliance job every few seconds), so its runs are counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tandem.compliance.scheduler.cron=*/2 * * * * *"})
@DirtiesContext
class OperationsEndpointsTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void probes_answer_on_the_management_port_without_a_login() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);

        HttpResponse<String> liveness = get(managementPort, "/actuator/health/liveness");
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        HttpResponse<String> health = get(managementPort, "/actuator/health");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        // no details (database product, disk paths) even here
        assertThat(health.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
    }

    @Test
    void the_management_port_exposes_health_and_prometheus_only() throws Exception {
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/metrics",
                "/actuator/configprops", "/actuator/heapdump", "/actuator/loggers", "/actuator/shutdown"}) {
            assertThat(get(managementPort, endpoint).statusCode()).as(endpoint).isEqualTo(404);
        }
    }

    @Test
    void the_public_port_does_not_serve_the_actuator() throws Exception {
        for (String endpoint : new String[] {"/actuator/health", "/actuator/health/readiness",
                "/actuator/prometheus", "/actuator"}) {
            HttpResponse<String> response = get(port, endpoint);
            assertThat(response.statusCode()).as(endpoint).isNotEqualTo(200);
            assertThat(response.body()).as(endpoint).doesNotContain("\"status\"").doesNotContain("jvm_memory");
        }
    }

    @Test
    void a_scrape_shows_the_pool_the_jvm_http_vaadin_failed_logins_and_jobs() throws Exception {
        // the login page and its UI, as a browser opens them: a Vaadin session, a UI and HTTP requests to count
        assertThat(get(port, "/login").statusCode()).isEqualTo(200);
        assertThat(get(port, "/?v-r=init&location=login&query=").statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("nobody", "wrong")))
                .isInstanceOf(BadCredentialsException.class);

        // the first job run may still be on its way
        Eventually.within(Duration.ofSeconds(30), () -> {
            String scrape = get(managementPort, "/actuator/prometheus").body();
            assertThat(scrape).contains("hikaricp_connections{", "jvm_memory_used_bytes{",
                    "http_server_requests_seconds_count{");
            assertThat(value(scrape, "tandem_vaadin_sessions")).isGreaterThanOrEqualTo(1);
            assertThat(value(scrape, "tandem_vaadin_uis")).isGreaterThanOrEqualTo(1);
            assertThat(value(scrape, "tandem_logins_failed_total")).isGreaterThanOrEqualTo(1);
            assertThat(scrape).contains("tandem_work_running{application=\"tandem\",kind=\"import\"} 0");
            assertThat(scrape).containsPattern(
                    "tasks_scheduled_execution_seconds_count\\{[^}]*code_function=\"run\"[^}]*ComplianceScheduler"
                            + "[^}]*outcome=\"SUCCESS\"[^}]*} [1-9]");
        });
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The value of a metric without labels other than the application's. */
    private static double value(String scrape, String metric) {
        return scrape.lines().filter(l -> l.startsWith(metric + "{") || l.startsWith(metric + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }
}
