package app.tandem.base.db;

import static app.tandem.TestUsers.runAsAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.tandem.base.ui.Failures;
import app.tandem.org.UserDraft;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The database restarts under a running node: while it is down an action fails with "try again" (not "unexpected")
 * and the node reports itself not ready; once it is back the same node works again, without a restart of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DatabaseRestartTest {

    @Autowired
    EmbeddedMariaDb server;

    @Autowired
    UserService users;

    @LocalManagementPort
    int managementPort;

    @Test
    void a_node_works_again_after_the_database_restarted_under_it() throws Exception {
        UserDraft ada = runAsAdmin("root-admin", () -> users.create(draft("ada.restart"), "restart-password-1"));

        server.stopServer();
        Throwable whileDown;
        int readinessWhileDown;
        try {
            whileDown = catchThrowable(() -> runAsAdmin("root-admin", () -> users.load(ada.getId())));
            readinessWhileDown = readinessStatus();
        } finally {
            server.startServer();
        }

        assertThat(whileDown).isNotNull();
        assertThat(Failures.describe(whileDown)).isEqualTo("error.database-unavailable");
        assertThat(readinessWhileDown).isEqualTo(503);
        assertThat(runAsAdmin("root-admin", () -> users.load(ada.getId())).getUsername()).isEqualTo("ada.restart");
        UserDraft grace = runAsAdmin("root-admin", () -> users.create(draft("grace.restart"), "restart-password-2"));
        assertThat(grace.getId()).isNotNull();
        assertThat(readinessStatus()).isEqualTo(200);
    }

    private int readinessStatus() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static UserDraft draft(String username) {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName(username);
        draft.setRoles(Set.of(Role.STAFF));
        return draft;
    }
}
