package app.tandem.org;

import static app.tandem.TestUsers.runAsAdmin;
import static app.tandem.org.UserServiceTest.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.TandemServiceTest;
import app.tandem.security.Role;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A session opened through the login form ends on its next request when an administrator takes access away:
 * the sessions here are unknown to any in-memory registry, as those of another application node are.
 */
@TandemServiceTest
class SessionEndTest {

    static final String PASSWORD = "the-right-password";

    @Autowired
    UserService userService;

    @Autowired
    WebApplicationContext webApplicationContext;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(webApplicationContext).apply(springSecurity()).build();
    }

    @Test
    void renaming_and_deactivating_a_user_in_one_save_ends_their_session() throws Exception {
        UserDraft ada = create("ada", Role.STAFF);
        MockHttpSession session = login("ada");

        ada.setUsername("ada.gone");
        ada.setActive(false);
        runAsAdmin("root-admin", () -> userService.update(ada));

        mvc.perform(get("/account").session(session)).andExpect(unauthenticated());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_removed_admin_role_is_refused_on_the_next_click() throws Exception {
        create("keeper", Role.ADMIN);
        UserDraft boss = create("boss", Role.ADMIN, Role.STAFF);
        MockHttpSession session = login("boss");
        mvc.perform(get("/admin/users").session(session)).andExpect(authenticated().withRoles("ADMIN", "STAFF"));

        boss.setRoles(EnumSet.of(Role.STAFF));
        runAsAdmin("keeper", () -> userService.update(boss));

        mvc.perform(get("/admin/users").session(session)).andExpect(unauthenticated());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_password_reset_ends_the_users_sessions() throws Exception {
        UserDraft ada = create("ada", Role.STAFF);
        MockHttpSession session = login("ada");

        runAsAdmin("root-admin", () -> {
            userService.resetPassword(ada.getId(), "a-brand-new-passphrase");
            return null;
        });

        mvc.perform(get("/account").session(session)).andExpect(unauthenticated());
    }

    @Test
    void a_change_that_does_not_touch_access_keeps_the_session() throws Exception {
        UserDraft ada = create("ada", Role.STAFF);
        MockHttpSession session = login("ada");

        ada.setDisplayName("Ada King");
        ada.setEmail("ada@example.com");
        runAsAdmin("root-admin", () -> userService.update(ada));

        mvc.perform(get("/account").session(session)).andExpect(authenticated().withUsername("ada"));
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void ending_one_users_sessions_leaves_the_others_open() throws Exception {
        UserDraft ada = create("ada", Role.STAFF);
        create("bob", Role.STAFF);
        MockHttpSession adas = login("ada");
        MockHttpSession bobs = login("bob");

        ada.setActive(false);
        runAsAdmin("root-admin", () -> userService.update(ada));

        mvc.perform(get("/account").session(adas)).andExpect(unauthenticated());
        mvc.perform(get("/account").session(bobs)).andExpect(authenticated().withUsername("bob"));
    }

    private UserDraft create(String username, Role... roles) {
        return runAsAdmin("root-admin", () -> userService.create(draft(username, username + " Test", roles),
                PASSWORD));
    }

    MockHttpSession login(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                        .param("password", PASSWORD).with(csrf()))
                .andExpect(authenticated().withUsername(username))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/account").session(session)).andExpect(authenticated().withUsername(username));
        return session;
    }
}
