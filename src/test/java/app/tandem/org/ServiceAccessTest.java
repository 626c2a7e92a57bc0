package app.tandem.org;

import static app.tandem.TestUsers.loginAs;
import static app.tandem.TestUsers.runAsAdmin;
import static app.tandem.org.UserServiceTest.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.TestUsers;
import app.tandem.security.Role;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Who may call which service method: the service layer is the security boundary, whatever the UI shows. */
@TandemServiceTest
class ServiceAccessTest {

    @Autowired
    UserService userService;

    @Autowired
    TeamService teamService;

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void only_admins_manage_users_and_teams(Role role) {
        UserDraft other = runAsAdmin("root-admin", () -> userService.create(draft("other", "Other", Role.STAFF),
                "a-long-password-1"));
        TeamDraft team = runAsAdmin("root-admin", () -> {
            TeamDraft draft = new TeamDraft();
            draft.setName("Team");
            return teamService.create(draft);
        });
        UserDraft me = runAsAdmin("root-admin", () -> userService.create(draft("myself", "Me", role),
                "a-long-password-1"));
        loginAs(me.getId(), me.getUsername(), role);

        for (ThrowingCallable adminCall : adminCalls(other, team)) {
            assertThatThrownBy(adminCall).isInstanceOf(AuthorizationDeniedException.class);
        }
        TestUsers.logout();
        assertThat(runAsAdmin("root-admin", () -> userService.load(other.getId())))
                .extracting(UserDraft::getDisplayName, UserDraft::isActive).containsExactly("Other", true);
        assertThat(runAsAdmin("root-admin", () -> teamService.load(team.getId()).getName())).isEqualTo("Team");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_logged_in_user_looks_up_users_and_teams_and_sees_their_own_account(Role role) {
        UserDraft me = runAsAdmin("root-admin", () -> userService.create(draft("myself", "Me Myself", role),
                "a-long-password-1"));
        loginAs(me.getId(), me.getUsername(), role);

        assertThat(userService.findUsers("myself", PageRequest.of(0, 10))).extracting(UserRef::username)
                .containsExactly("myself");
        assertThat(teamService.findTeams(null, PageRequest.of(0, 10))).isEmpty();
        assertThat(userService.myAccount().username()).isEqualTo("myself");
    }

    @Test
    void pickers_offer_only_active_users() {
        runAsAdmin("root-admin", () -> {
            userService.create(draft("active.one", "Active One", Role.STAFF), "a-long-password-1");
            UserDraft gone = userService.create(draft("gone.one", "Gone One", Role.STAFF), "a-long-password-1");
            return userService.setActive(gone.getId(), gone.getVersion(), false);
        });
        TestUsers.loginAs(-1, "someone", Role.STAFF);

        assertThat(userService.findUsers("one", PageRequest.of(0, 10))).extracting(UserRef::username)
                .containsExactly("active.one");
    }

    @Test
    void without_a_login_no_service_method_can_be_called() {
        TestUsers.logout();

        assertDeniedToAnonymous(() -> userService.findUsers(null, PageRequest.of(0, 10)));
        assertDeniedToAnonymous(() -> teamService.findTeams(null, PageRequest.of(0, 10)));
        assertDeniedToAnonymous(() -> teamService.membersOf(1));
        assertDeniedToAnonymous(userService::myAccount);
        assertDeniedToAnonymous(() -> userService.changeOwnPassword("a-long-password-1", "another-long-password"));
        assertDeniedToAnonymous(() -> userService.list(UserFilter.any(), PageRequest.of(0, 10)));
        assertDeniedToAnonymous(() -> userService.create(draft("intruder", "Intruder", Role.ADMIN),
                "a-long-password-1"));
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_cannot_call_any_service_method() {
        assertDeniedToAnonymous(() -> userService.findUsers(null, PageRequest.of(0, 10)));
        assertDeniedToAnonymous(() -> teamService.findTeams(null, PageRequest.of(0, 10)));
        assertDeniedToAnonymous(userService::myAccount);
        assertDeniedToAnonymous(() -> userService.create(draft("intruder", "Intruder", Role.ADMIN),
                "a-long-password-1"));
    }

    private List<ThrowingCallable> adminCalls(UserDraft other, TeamDraft team) {
        return List.of(
                () -> userService.list(UserFilter.any(), PageRequest.of(0, 10)),
                () -> userService.load(other.getId()),
                () -> userService.create(draft("new.user", "New", Role.ADMIN), "a-long-password-1"),
                () -> {
                    other.setDisplayName("Hacked");
                    userService.update(other);
                },
                () -> userService.setActive(other.getId(), other.getVersion(), false),
                () -> userService.resetPassword(other.getId(), "a-long-password-2"),
                () -> userService.unlock(other.getId()),
                () -> userService.history(other.getId()),
                () -> teamService.list(null, null, PageRequest.of(0, 10)),
                () -> teamService.load(team.getId()),
                () -> teamService.create(new TeamDraft()),
                () -> teamService.update(team),
                () -> teamService.delete(team.getId(), team.getVersion()),
                () -> teamService.history(team.getId()));
    }

    private static void assertDeniedToAnonymous(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfAny(AuthenticationCredentialsNotFoundException.class,
                AuthorizationDeniedException.class);
    }
}
