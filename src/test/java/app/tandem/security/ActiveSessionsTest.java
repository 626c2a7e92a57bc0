package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

class ActiveSessionsTest {

    final ActiveSessions activeSessions = new ActiveSessions();

    @Test
    void ending_a_users_sessions_invalidates_all_of_theirs_and_no_others() {
        MockHttpSession aliceAtWork = loggedInSession("alice");
        MockHttpSession aliceAtHome = loggedInSession("alice");
        MockHttpSession bob = loggedInSession("bob");
        MockHttpSession notLoggedIn = open(new MockHttpSession());

        assertThat(activeSessions.endSessionsOf("alice")).isEqualTo(2);

        assertThat(aliceAtWork.isInvalid()).isTrue();
        assertThat(aliceAtHome.isInvalid()).isTrue();
        assertThat(bob.isInvalid()).isFalse();
        assertThat(notLoggedIn.isInvalid()).isFalse();
    }

    @Test
    void a_closed_session_is_not_touched_again() {
        MockHttpSession session = loggedInSession("alice");
        activeSessions.sessionDestroyed(new HttpSessionEvent(session));

        assertThat(activeSessions.endSessionsOf("alice")).isZero();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_session_invalidated_elsewhere_is_skipped_and_forgotten() {
        MockHttpSession gone = loggedInSession("alice");
        gone.invalidate();
        MockHttpSession open = loggedInSession("alice");

        assertThat(activeSessions.endSessionsOf("alice")).isEqualTo(1);
        assertThat(open.isInvalid()).isTrue();
        assertThat(activeSessions.endSessionsOf("alice")).isZero();
    }

    @Test
    void a_session_whose_id_changed_at_login_is_still_found() {
        MockHttpSession session = loggedInSession("alice");
        String oldId = session.getId();
        MockHttpSession renamed = new MockHttpSession(null, "new-id");
        renamed.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        activeSessions.sessionIdChanged(new HttpSessionEvent(renamed), oldId);

        assertThat(activeSessions.endSessionsOf("alice")).isEqualTo(1);
        assertThat(renamed.isInvalid()).isTrue();
        assertThat(session.isInvalid()).isFalse();
    }

    private MockHttpSession loggedInSession(String username) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of())));
        return open(session);
    }

    private MockHttpSession open(MockHttpSession session) {
        activeSessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }
}
