package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.security.AccessMatrix.Access;
import app.tandem.security.AccessMatrix.Subject;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
 * access control. The expected access is {@link AccessMatrix} (the production smoke checks the same table in the
 * packaged jar); a new entry of the side navigation adds its line to {@link #NAVIGATION}.
 */
@WithAnonymousUser
class ViewAccessMatrixTest extends BrowserlessViewTest {

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
                    "CRM > My activities=crm/my-activities",
                    "Performance > My performance=performance/me", "Performance > Scorecard=performance/scorecard",
                    "Performance > Feedback=performance/feedback", "Performance > 1:1 meetings=performance/one-on-ones",
                    "Improvement > Improvements=improvement/items", "Improvement > PDCA board=improvement/board", "Improvement > Savings=improvement/savings", "Improvement > Submit an idea=improvement/submit",
                    "Compliance > Dashboard=compliance/dashboard", "Compliance > My checklists=compliance/my", "Compliance > Runs=compliance/runs", "Compliance > Findings=compliance/findings", "Compliance > Schedules=compliance/schedules", "Compliance > Templates=compliance/templates"),
            Subject.COMPLIANCE_OFFICER_ONLY, List.of("Home=", "My work=my-work", "CRM > Accounts=crm/accounts", "CRM > Contacts=crm/contacts", "CRM > Deals=crm/deals", "CRM > Pipeline=crm/pipeline",
                    "Performance > My performance=performance/me", "Performance > Scorecard=performance/scorecard",
                    "Performance > Feedback=performance/feedback", "Performance > 1:1 meetings=performance/one-on-ones",
                    "Improvement > Improvements=improvement/items", "Improvement > PDCA board=improvement/board", "Improvement > Savings=improvement/savings", "Improvement > Submit an idea=improvement/submit",
                    "Compliance > Dashboard=compliance/dashboard", "Compliance > My checklists=compliance/my", "Compliance > Runs=compliance/runs", "Compliance > Findings=compliance/findings", "Compliance > Schedules=compliance/schedules", "Compliance > Templates=compliance/templates"));

    @Autowired
    ApplicationContext context;

    /** A detail route is opened with an id no record has: the route's access is checked, not the record's. */
    private static final String NO_SUCH_RECORD = "999999999";

    @ParameterizedTest(name = "{1} opening /{0}: {2}")
    @MethodSource("matrix")
    void each_kind_of_user_gets_exactly_the_documented_access_to_each_page(String route, Subject subject,
            Access expected) {
        logInAs(subject);

        UI.getCurrent().navigate(route.replaceAll(":[A-Za-z_]+", NO_SUCH_RECORD));

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

    @Test
    void every_route_the_code_declares_has_its_row_in_the_matrix() {
        Set<String> declared = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .flatMap(route -> AccessMatrix.pathsOf(route.getTemplate()).stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inMatrix = AccessMatrix.ROWS.stream().map(AccessMatrix.Row::route).collect(Collectors.toSet());

        assertThat(inMatrix).containsAll(declared);
    }

    static Stream<Arguments> matrix() {
        return AccessMatrix.ROWS.stream().flatMap(row -> AccessMatrix.COLUMNS.stream()
                .map(subject -> Arguments.of(row.route(), subject, row.of(subject))));
    }

    private void logInAs(Subject subject) {
        if (subject != Subject.ANONYMOUS) {
            TandemUser user = new TestUsers(context).ensure(subject.roles);
            TestSecurityContextHolder.setAuthentication(TestUsers.authenticationOf(user));
        }
    }

    private static Class<? extends Component> viewOf(String route) {
        return RouteConfiguration.forApplicationScope().getRoute(route.replaceAll(":[A-Za-z_]+", NO_SUCH_RECORD))
                .orElseThrow();
    }

    private static void describe(String prefix, SideNavItem item, List<String> entries) {
        if (item.getItems().isEmpty()) {
            entries.add(prefix + item.getLabel() + "=" + (item.getPath() == null ? "" : item.getPath()));
        }
        for (SideNavItem child : item.getItems()) {
            describe(prefix + item.getLabel() + " > ", child, entries);
        }
    }
}
