package app.tandem.org;

import static app.tandem.TestUsers.runAsAdmin;
import static app.tandem.org.UserServiceTest.draft;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.security.Role;
import app.tandem.security.SecurityStampCache;
import app.tandem.security.SecurityStampFilter;
import app.tandem.security.SecurityStamps;
import app.tandem.security.TandemUser;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Two application nodes, each with its own stamp cache, over the one database. */
@TandemServiceTest
class SecurityStampFilterTest {

    @Autowired
    UserService userService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    SecurityStamps stamps;

    @Autowired
    MutableClock clock;

    SecurityStampFilter nodeA;
    SecurityStampFilter nodeB;

    @BeforeEach
    void twoNodes() {
        clock.setInstant(Instant.parse("2026-03-02T09:00:00Z"));
        nodeA = new SecurityStampFilter(new SecurityStampCache(stamps, clock));
        nodeB = new SecurityStampFilter(new SecurityStampCache(stamps, clock));
    }

    @Test
    void a_role_removed_on_one_node_ends_the_session_on_the_other_within_the_cache_bound() throws Exception {
        runAsAdmin("root-admin", () -> userService.create(draft("keeper", "Keeper", Role.ADMIN), "keeper-passphrase"));
        UserDraft boss = runAsAdmin("root-admin",
                () -> userService.create(draft("boss", "Boss", Role.ADMIN, Role.STAFF), "boss-passphrase-1"));
        TandemUser loggedIn = (TandemUser) userDetailsService.loadUserByUsername("boss");
        MockHttpSession onA = new MockHttpSession();
        MockHttpSession onB = new MockHttpSession();
        assertThat(request(nodeA, onA, loggedIn)).isTrue();
        assertThat(request(nodeB, onB, loggedIn)).isTrue();

        boss.setRoles(EnumSet.of(Role.STAFF));
        runAsAdmin("keeper", () -> userService.update(boss));
        clock.advance(SecurityStampCache.TTL);

        assertThat(request(nodeA, onA, loggedIn)).isFalse();
        assertThat(request(nodeB, onB, loggedIn)).isFalse();
        assertThat(onA.isInvalid()).isTrue();
        assertThat(onB.isInvalid()).isTrue();
    }

    @Test
    void a_user_deactivated_on_one_node_loses_the_session_on_the_other_within_the_cache_bound() throws Exception {
        UserDraft leaver = runAsAdmin("root-admin",
                () -> userService.create(draft("leaver", "Leaver", Role.STAFF), "leaver-passphrase-1"));
        TandemUser loggedIn = (TandemUser) userDetailsService.loadUserByUsername("leaver");
        MockHttpSession onB = new MockHttpSession();
        assertThat(request(nodeB, onB, loggedIn)).isTrue();

        runAsAdmin("root-admin", () -> userService.setActive(leaver.getId(), leaver.getVersion(), false));
        // node A made the change; node B's cache may still hold the old stamp until its TTL is over
        clock.advance(SecurityStampCache.TTL);

        assertThat(request(nodeB, onB, loggedIn)).isFalse();
        assertThat(onB.isInvalid()).isTrue();
    }

    @Test
    void a_user_logged_in_after_the_change_keeps_working_on_every_node() throws Exception {
        UserDraft ada = runAsAdmin("root-admin",
                () -> userService.create(draft("ada", "Ada", Role.STAFF), "ada-passphrase-1"));
        ada.setUsername("ada.king");
        runAsAdmin("root-admin", () -> userService.update(ada));
        TandemUser again = (TandemUser) userDetailsService.loadUserByUsername("ada.king");

        assertThat(request(nodeA, new MockHttpSession(), again)).isTrue();
        assertThat(request(nodeB, new MockHttpSession(), again)).isTrue();
    }

    /** Runs one request through the node's filter; true when it went on still logged in. */
    private static boolean request(SecurityStampFilter node, MockHttpSession session, TandemUser user)
            throws Exception {
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        try {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account");
            request.setSession(session);
            node.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            return SecurityContextHolder.getContext().getAuthentication() != null && !session.isInvalid();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
