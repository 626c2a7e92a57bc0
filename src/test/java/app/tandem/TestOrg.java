package app.tandem;

import app.tandem.org.TeamDraft;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserDraft;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Builds the people and teams a service test needs through the real org services, so every module's tests
 * set up the organisation the same way:
 *
 * <pre>
 * TestOrg org = new TestOrg(userService, teamService);
 * Person anna = org.person("anna", Role.STAFF);
 * Person sue = org.person("sue", Role.SUPERVISOR, Role.STAFF);
 * long east = org.team("East", TeamKind.SALES, sue, anna, sue);
 * anna.run(() -> service.doSomething());
 * </pre>
 *
 * Creating people and teams needs an administrator; this class logs one in for the duration of each call.
 * Usernames must be unique per test database (tests that share a database use a per-test suffix).
 */
public final class TestOrg {

    /** The password every person created here gets. */
    public static final String PASSWORD = "a-long-password-1";

    private final UserService users;
    private final TeamService teams;

    public TestOrg(UserService users, TeamService teams) {
        this.users = users;
        this.teams = teams;
    }

    /** A saved user with these roles; the display name is the username, capitalised. */
    public Person person(String username, Role first, Role... more) {
        return TestUsers.runAsAdmin("test-org", () -> {
            UserDraft draft = new UserDraft();
            draft.setUsername(username);
            draft.setDisplayName(username.substring(0, 1).toUpperCase() + username.substring(1));
            draft.setEmail(username + "@test.example");
            Set<Role> roles = EnumSet.of(first, more);
            draft.setRoles(roles);
            long id = users.create(draft, PASSWORD).getId();
            return new Person(id, username, roles);
        });
    }

    /** A saved team of that kind; the supervisor may be null. Members need not include the supervisor. */
    public long team(String name, TeamKind kind, Person supervisor, Person... members) {
        return TestUsers.runAsAdmin("test-org", () -> {
            TeamDraft draft = new TeamDraft();
            draft.setName(name);
            draft.setKind(kind);
            if (supervisor != null) {
                draft.setSupervisor(supervisor.ref());
            }
            draft.setMembers(Arrays.stream(members).map(Person::ref).collect(Collectors.toSet()));
            return teams.create(draft).getId();
        });
    }

    /** A saved user, as a test sees it: enough to log in as them and to refer to them in drafts. */
    public record Person(long id, String username, Set<Role> roles) {

        public UserRef ref() {
            return new UserRef(id, username, username.substring(0, 1).toUpperCase() + username.substring(1));
        }

        /** Runs the action logged in as this person, then restores whoever was logged in before. */
        public <T> T run(Supplier<T> action) {
            return TestUsers.runAs(id, username, roles, action);
        }

        /** Runs the action logged in as this person. */
        public void exec(Runnable action) {
            TestUsers.runAs(id, username, roles, () -> {
                action.run();
                return null;
            });
        }

        /** Logs this person in for the rest of the test. */
        public void login() {
            TestUsers.loginAs(id, username, roles.toArray(Role[]::new));
        }
    }
}
