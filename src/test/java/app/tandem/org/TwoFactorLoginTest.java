package app.tandem.org;

import static app.tandem.TestUsers.runAs;
import static app.tandem.TestUsers.runAsAdmin;
import static app.tandem.org.UserServiceTest.draft;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.org.domain.Totp;
import app.tandem.security.Role;
import app.tandem.security.TandemUser;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The password step of a user with two-factor sign-in opens nothing but the code step (HTTP level). */
@TandemServiceTest
class TwoFactorLoginTest {

    static final String PASSWORD = "the-right-password";
    static final String ADDRESS = "198.51.100.41";

    @Autowired
    UserService userService;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    MutableClock clock;

    @Autowired
    WebApplicationContext webApplicationContext;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(webApplicationContext).apply(springSecurity()).build();
        clock.setInstant(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void after_the_password_alone_no_page_opens_and_the_session_holds_no_role() throws Exception {
        UserDraft ada = runAsAdmin("root-admin", () -> userService.create(draft("ada", "Ada Lovelace", Role.STAFF),
                PASSWORD));
        runAs(ada.getId(), "ada", Set.of(Role.STAFF), () -> {
            String secret = twoFactor.startSetup().secret();
            return twoFactor.enable(Totp.codeAt(secret, clock.instant()));
        });

        MockHttpSession session = login("ada");

        mvc.perform(get("/crm/accounts").session(session).with(r -> address(r)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").session(session).with(r -> address(r)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login/code").session(session).with(r -> address(r)))
                .andExpect(authenticated().withAuthentication(auth -> assertThat(auth.getAuthorities())
                        .extracting(GrantedAuthority::getAuthority).contains(TandemUser.PRE_SECOND_FACTOR)
                        .noneMatch(authority -> authority.startsWith("ROLE_"))));
    }

    @Test
    void a_user_without_it_opens_pages_after_the_password() throws Exception {
        runAsAdmin("root-admin", () -> userService.create(draft("bob", "Bob Staff", Role.STAFF), PASSWORD));

        MockHttpSession session = login("bob");

        mvc.perform(get("/crm/accounts").session(session).with(r -> address(r)))
                .andExpect(authenticated().withRoles("STAFF"))
                .andExpect(result -> {
                    if (result.getResponse().getStatus() == 302
                            && String.valueOf(result.getResponse().getRedirectedUrl()).endsWith("/login")) {
                        throw new AssertionError("sent to the login page");
                    }
                });
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                        .with(csrf()).with(r -> address(r)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getRequest().getSession(false);
    }

    private static org.springframework.mock.web.MockHttpServletRequest address(
            org.springframework.mock.web.MockHttpServletRequest request) {
        request.setRemoteAddr(ADDRESS);
        return request;
    }
}
