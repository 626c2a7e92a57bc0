package app.tandem.base.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A load balancer sends users only to a node that is ready: after Liquibase and all start-up work (the runners that
 * write demo data, here one more runner that asks the readiness probe while it runs) and with a database that answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ReadinessTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalManagementPort
    int managementPort;

    @Autowired
    ProbeDuringStart probe;

    @Test
    void the_node_is_not_ready_while_the_start_up_work_runs_and_ready_after_it() throws Exception {
        assertThat(probe.status).isEqualTo(503);
        assertThat(probe.body).contains("\"status\":\"OUT_OF_SERVICE\"");

        HttpResponse<String> now = readiness(managementPort);
        assertThat(now.statusCode()).isEqualTo(200);
        assertThat(now.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void the_node_is_alive_while_it_starts() {
        assertThat(probe.livenessStatus).isEqualTo(200);
    }

    static HttpResponse<String> readiness(int port) throws IOException, InterruptedException {
        return get(port, "/actuator/health/readiness");
    }

    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static final class ProbeDuringStart {
        int status;
        String body = "";
        int livenessStatus;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class StartUpWork {

        @Bean
        ProbeDuringStart probeDuringStart() {
            return new ProbeDuringStart();
        }

        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner probeReadinessWhileStarting(ProbeDuringStart probe, Environment environment) {
            return args -> {
                int port = environment.getRequiredProperty("local.management.port", Integer.class);
                HttpResponse<String> response = readiness(port);
                probe.status = response.statusCode();
                probe.body = response.body();
                probe.livenessStatus = get(port, "/actuator/health/liveness").statusCode();
            };
        }
    }
}
