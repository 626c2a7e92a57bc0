package app.tandem.security;

import static app.tandem.security.ViewAccessMatrixTest.Access.DENIED;
import static app.tandem.security.ViewAccessMatrixTest.Access.HOME;
import static app.tandem.security.ViewAccessMatrixTest.Access.LOGIN;
import static app.tandem.security.ViewAccessMatrixTest.Access.OPENS;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * Who may open which page: every route against every kind of user, through the real router and Vaadin's
 * access control. A new view adds a row to {@link #MATRIX}; a new entry of the side navigation adds its
 * line to {@link #NAVIGATION}.
 */
@WithAnonymousUser
class ViewAccessMatrixTest extends BrowserlessViewTest {

    /** The kinds of user: anonymous, and the roles the demo logins have. */
    enum Subject {
        ANONYMOUS,
        ADMIN(Role.ADMIN),
        MANAGER(Role.MANAGER),
        SUPERVISOR(Role.SUPERVISOR, Role.STAFF),
        STAFF(Role.STAFF),
        COMPLIANCE_OFFICER(Role.COMPLIANCE_OFFICER, Role.STAFF);

        final Role[] roles;

        Subject(Role... roles) {
            this.roles = roles;
        }
    }

    /** What opening a route gives that subject. */
    enum Access {
        /** the view of that route */
        OPENS,
        /** the login page instead */
        LOGIN,
        /** the home page instead (a logged-in user opening the login page) */
        HOME,
        /** the "not allowed" page, inside the shell */
        DENIED
    }

    private static final List<Subject> COLUMNS = List.of(Subject.values());

    private static final List<Row> MATRIX = List.of(
            // route                ANONYMOUS ADMIN  MANAGER SUPERVISOR STAFF   COMPLIANCE_OFFICER
            row("login",            OPENS,    HOME,  HOME,   HOME,      HOME,   HOME),
            // the second login step: only for a user who gave the password and owes the code (SecondFactorViewTest)
            row("login/code",       LOGIN,    HOME,  HOME,   HOME,      HOME,   HOME),
            row("",                 LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("account",          LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("notifications",    LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("my-work",          LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("admin/users",      LOGIN,    OPENS, DENIED, DENIED,    DENIED, DENIED),
            row("admin/users/new",  LOGIN,    OPENS, DENIED, DENIED,    DENIED, DENIED),
            row("admin/teams",      LOGIN,    OPENS, DENIED, DENIED,    DENIED, DENIED),
            row("admin/teams/new",  LOGIN,    OPENS, DENIED, DENIED,    DENIED, DENIED),
            row("admin/pipeline",   LOGIN,    OPENS, DENIED, DENIED,    DENIED, DENIED),
            row("crm/accounts",     LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("crm/accounts/new", LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("crm/contacts",     LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("crm/contacts/new", LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("crm/deals",        LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("crm/deals/new",    LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("crm/pipeline",     LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("crm/my-activities", LOGIN,   OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            // the compliance officer subject also holds STAFF, which may import; officers alone may not
            row("crm/import",       LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("improvement/items", LOGIN,   OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("improvement/board", LOGIN,   OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("improvement/savings", LOGIN, OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("improvement/submit", LOGIN,  OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("admin/areas",      LOGIN,    OPENS, DENIED, DENIED,    DENIED, DENIED),
            row("performance/me",   LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("performance/team", LOGIN,    OPENS, OPENS,  OPENS,     DENIED, DENIED),
            row("performance/targets", LOGIN, OPENS, OPENS,  OPENS,     DENIED, DENIED),
            row("performance/scorecard", LOGIN, OPENS, OPENS, OPENS,    OPENS,  OPENS),
            row("admin/kpis",       LOGIN,    OPENS, DENIED, DENIED,    DENIED, DENIED),
            row("performance/feedback", LOGIN, OPENS, OPENS, OPENS,     OPENS,  OPENS),
            // the team feedback log: supervisors and managers; an administrator only when also a manager
            row("performance/feedback-log", LOGIN, DENIED, OPENS, OPENS, DENIED, DENIED),
            row("performance/one-on-ones", LOGIN, OPENS, OPENS, OPENS,  OPENS,  OPENS),
            row("compliance/dashboard", LOGIN, OPENS, OPENS, OPENS,     DENIED, OPENS),
            row("compliance/my",    LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("compliance/runs",  LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS),
            row("compliance/findings", LOGIN, OPENS, DENIED, DENIED,    DENIED, OPENS),
            row("compliance/schedules", LOGIN, OPENS, DENIED, DENIED,   DENIED, OPENS),
            row("compliance/templates", LOGIN, OPENS, DENIED, DENIED,   DENIED, OPENS),
            row("admin/checklist-categories", LOGIN, OPENS, DENIED, DENIED, DENIED, DENIED));

    /** The side navigation each subject sees: "label=path", a group's entries as "group > label=path". */
    private static final Map<Subject, List<String>> NAVIGATION = Map.of(
            Subject.ADMIN, List.of("Home=", "My work=my-work", "CRM > Accounts=crm/accounts", "CRM > Contacts=crm/contacts", "CRM > Deals=crm/deals", "CRM > Pipeline=crm/pipeline",
                    "CRM > My activities=crm/my-activities", "CRM > Import=crm/import",
                    "Performance > My performance=performance/me", "Performance > Team=performance/team", "Performance > Targets=performance/targets", "Performance > Scorecard=performance/scorecard",
                    "Performance > Feedback=performance/feedback", "Performance > 1:1 meetings=performance/one-on-ones",
                    "Improvement > Improvements=improvement/items", "Improvement > PDCA board=improvement/board", "Improvement > Savings=improvement/savings", "Improvement > Submit an idea=improvement/submit",
                    "Compliance > Dashboard=compliance/dashboard", "Compliance > My checklists=compliance/my", "Compliance > Runs=compliance/runs", "Compliance > Findings=compliance/findings", "Compliance > Schedules=compliance/schedules", "Compliance > Templates=compliance/templates",
                    "Administration > Users=admin/users", "Administration > Teams=admin/teams",
                    "Administration > Pipeline settings=admin/pipeline", "Administration > Areas=admin/areas",
                    "Administration > KPIs=admin/kpis", "Administration > Checklist categories=admin/checklist-categories"),
            Subject.MANAGER, List.of("Home=", "My work=my-work", "CRM > Accounts=crm/accounts", "CRM > Contacts=crm/contacts", "CRM > Deals=crm/deals", "CRM > Pipeline=crm/pipeline",
                    "CRM > My activities=crm/my-activities", "CRM > Import=crm/import",
                    "Performance > My performance=performance/me", "Performance > Team=performance/team", "Performance > Targets=performance/targets", "Performance > Scorecard=performance/scorecard",
                    "Performance > Feedback=performance/feedback", "Performance > Team feedback log=performance/feedback-log", "Performance > 1:1 meetings=performance/one-on-ones",
                    "Improvement > Improvements=improvement/items", "Improvement > PDCA board=improvement/board", "Improvement > Savings=improvement/savings", "Improvement > Submit an idea=improvement/submit",
                    "Compliance > Dashboard=compliance/dashboard", "Compliance > My checklists=compliance/my", "Compliance > Runs=compliance/runs"),
            Subject.SUPERVISOR, List.of("Home=", "My work=my-work", "CRM > Accounts=crm/accounts", "CRM > Contacts=crm/contacts", "CRM > Deals=crm/deals", "CRM > Pipeline=crm/pipeline",
                    "CRM > My activities=crm/my-activities", "CRM > Import=crm/import",
                    "Performance > My performance=performance/me", "Performance > Team=performance/team", "Performance > Targets=performance/targets", "Performance > Scorecard=performance/scorecard",
                    "Performance > Feedback=performance/feedback", "Performance > Team feedback log=performance/feedback-log", "Performance > 1:1 meetings=performance/one-on-ones",
                    "Improvement > Improvements=improvement/items", "Improvement > PDCA board=improvement/board", "Improvement > Savings=improvement/savings", "Improvement > Submit an idea=improvement/submit",
                    "Compliance > Dashboard=compliance/dashboard", "Compliance > My checklists=compliance/my", "Compliance > Runs=compliance/runs"),
            Subject.STAFF, List.of("Home=", "My work=my-work", "CRM > Accounts=crm/accounts", "CRM > Contacts=crm/contacts", "CRM > Deals=crm/deals", "CRM > Pipeline=crm/pipeline",
                    "CRM > My activities=crm/my-activities", "CRM > Import=crm/import",
                    "Performance > My performance=performance/me", "Performance > Scorecard=performance/scorecard",
                    "Performance > Feedback=performance/feedback", "Performance > 1:1 meetings=performance/one-on-ones",
                    "Improvement > Improvements=improvement/items", "Improvement > PDCA board=improvement/board", "Improvement > Savings=improvement/savings", "Improvement > Submit an idea=improvement/submit",
                    "Compliance > My checklists=compliance/my", "Compliance > Runs=compliance/runs"),
            Subject.COMPLIANCE_OFFICER, List.of("Home=", "My work=my-work", "CRM > Accounts=crm/accounts", "CRM > Contacts=crm/contacts", "CRM > Deals=crm/deals", "CRM > Pipeline=crm/pipeline",
                    "CRM > My activities=crm/my-activities", "CRM > Import=crm/import",
                    "Performance > My performance=performance/me", "Performance > Scorecard=performance/scorecard",
                    "Performance > Feedback=performance/feedback", "Performance > 1:1 meetings=performance/one-on-ones",
                    "Improvement > Improvements=improvement/items", "Improvement > PDCA board=improvement/board", "Improvement > Savings=improvement/savings", "Improvement > Submit an idea=improvement/submit",
                    "Compliance > Dashboard=compliance/dashboard", "Compliance > My checklists=compliance/my", "Compliance > Runs=compliance/runs", "Compliance > Findings=compliance/findings", "Compliance > Schedules=compliance/schedules", "Compliance > Templates=compliance/templates"));

    @Autowired
    ApplicationContext context;

    @ParameterizedTest(name = "{1} opening /{0}: {2}")
    @MethodSource("matrix")
    void each_kind_of_user_gets_exactly_the_documented_access_to_each_page(String route, Subject subject,
            Access expected) {
        logInAs(subject);

        UI.getCurrent().navigate(route);

        HasElement view = getCurrentView();
        switch (expected) {
            case OPENS -> assertThat(view).isInstanceOf(viewOf(route));
            case LOGIN -> assertThat(view).isInstanceOf(LoginView.class);
            case HOME -> assertThat(view).isInstanceOf(viewOf(""));
            case DENIED -> {
                assertThat(view).isNotInstanceOf(viewOf(route));
                assertThat(((Component) view).getId()).hasValue("access-denied");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Subject.class, names = "ANONYMOUS", mode = EnumSource.Mode.EXCLUDE)
    void the_side_navigation_shows_exactly_the_pages_the_user_may_open(Subject subject) {
        logInAs(subject);

        UI.getCurrent().navigate("");

        SideNav nav = $(SideNav.class).id("side-nav");
        List<String> entries = new ArrayList<>();
        for (SideNavItem item : nav.getItems()) {
            describe("", item, entries);
        }
        assertThat(entries).containsExactlyElementsOf(NAVIGATION.get(subject));
    }

    static Stream<Arguments> matrix() {
        return MATRIX.stream().flatMap(row -> COLUMNS.stream()
                .map(subject -> Arguments.of(row.route(), subject, row.access().get(COLUMNS.indexOf(subject)))));
    }

    private void logInAs(Subject subject) {
        if (subject != Subject.ANONYMOUS) {
            TandemUser user = new TestUsers(context).ensure(subject.roles);
            TestSecurityContextHolder.setAuthentication(TestUsers.authenticationOf(user));
        }
    }

    private static Class<? extends Component> viewOf(String route) {
        return RouteConfiguration.forApplicationScope().getRoute(route).orElseThrow();
    }

    private static void describe(String prefix, SideNavItem item, List<String> entries) {
        if (item.getItems().isEmpty()) {
            entries.add(prefix + item.getLabel() + "=" + (item.getPath() == null ? "" : item.getPath()));
        }
        for (SideNavItem child : item.getItems()) {
            describe(prefix + item.getLabel() + " > ", child, entries);
        }
    }

    private static Row row(String route, Access... access) {
        if (access.length != COLUMNS.size()) {
            throw new IllegalArgumentException("Row " + route + " needs one entry per subject: " + COLUMNS);
        }
        return new Row(route, Arrays.asList(access));
    }

    private record Row(String route, List<Access> access) {
    }
}
