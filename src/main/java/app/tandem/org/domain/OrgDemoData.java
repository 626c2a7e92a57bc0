package app.tandem.org.domain;

import app.tandem.base.DemoMode;
import app.tandem.org.TeamKind;
import app.tandem.security.Role;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo organisation, seeded once into an empty database in demo mode: the five demo logins and four
 * teams with a supervisor and 3-6 members each. Names come from Datafaker with a fixed seed.
 */
@Component
@Conditional(DemoMode.class)
@Order(10)
class OrgDemoData implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo-1234";
    private static final Logger log = LoggerFactory.getLogger(OrgDemoData.class);

    private final UserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final Faker faker = new Faker(Locale.ENGLISH, new Random(20261127L));
    private final Set<String> usernames = new HashSet<>();
    private String passwordHash = "";

    OrgDemoData(UserRepository users, TeamRepository teams, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(timeout = DemoMode.SEED_TIMEOUT_SECONDS)
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        passwordHash = passwordEncoder.encode(DEMO_PASSWORD);
        user("admin", "Ada Admin", Role.ADMIN);
        user("manager", "Max Manager", Role.MANAGER);
        AppUser supervisor = user("supervisor", "Sam Supervisor", Role.SUPERVISOR, Role.STAFF);
        AppUser staff = user("staff", "Stella Staff", Role.STAFF);
        AppUser officer = user("officer", "Olga Officer", Role.COMPLIANCE_OFFICER, Role.STAFF);
        AppUser auditor = user("auditor", "Arne Auditor", Role.COMPLIANCE_OFFICER, Role.STAFF);

        team("Sales East", TeamKind.SALES, supervisor, List.of(staff), 3);
        team("Sales West", TeamKind.SALES, fakeUser(Role.SUPERVISOR, Role.STAFF), List.of(), 4);
        team("Operations", TeamKind.OPERATIONS, fakeUser(Role.SUPERVISOR, Role.STAFF), List.of(), 5);
        team("Compliance", TeamKind.COMPLIANCE, fakeUser(Role.SUPERVISOR, Role.COMPLIANCE_OFFICER),
                List.of(officer, auditor), 2);
        log.info("Demo data: {} users in {} teams; logins admin, manager, supervisor, staff, officer, "
                + "auditor "
                + "with password {}", users.count(), teams.count(), DEMO_PASSWORD);
    }

    private void team(String name, TeamKind kind, AppUser supervisor, List<AppUser> members, int fakeMembers) {
        Team team = teams.save(new Team(name, kind));
        team.setSupervisor(supervisor);
        supervisor.setTeam(team);
        for (AppUser member : members) {
            member.setTeam(team);
        }
        for (int i = 0; i < fakeMembers; i++) {
            fakeUser(Role.STAFF).setTeam(team);
        }
    }

    private AppUser fakeUser(Role... roles) {
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        String base = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
        String username = base;
        for (int n = 2; usernames.contains(username); n++) {
            username = base + n;
        }
        return user(username, first + " " + last, roles);
    }

    private AppUser user(String username, String displayName, Role... roles) {
        usernames.add(username);
        AppUser user = new AppUser(username, displayName, passwordHash);
        user.setEmail(username + "@tandem.example");
        user.setRoles(EnumSet.of(roles[0], roles));
        return users.save(user);
    }
}
