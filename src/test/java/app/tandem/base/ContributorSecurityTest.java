package app.tandem.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.compliance.ComplianceSearch;
import app.tandem.org.PeopleSearch;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Every module's contribution to My work, search, the dashboard and the due-date job is a secured service: nobody
 * anonymous gets anything, the kinds and tiles follow the reader's roles, and a kind the reader may not search is
 * refused even when asked for by name.
 */
@TandemServiceTest
class ContributorSecurityTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    List<WorkContributor> work;
    @Autowired
    List<SearchContributor> search;
    @Autowired
    List<DashboardContributor> dashboard;
    @Autowired
    List<DueReminders> reminders;

    Person stella;
    Person olive;
    Person adam;

    @BeforeEach
    void people() {
        TestOrg org = new TestOrg(userService, teamService);
        stella = org.person("stella", Role.STAFF);
        olive = org.person("olive", Role.COMPLIANCE_OFFICER, Role.STAFF);
        adam = org.person("adam", Role.ADMIN);
    }

    @Test
    void every_module_contributes_to_each_kind() {
        assertThat(work).hasSize(4);
        assertThat(search).hasSize(4);
        assertThat(dashboard).hasSize(4);
        assertThat(reminders).hasSize(3);
    }

    @Test
    void an_anonymous_caller_gets_no_contribution() {
        for (WorkContributor c : work) {
            assertThatThrownBy(c::myWork).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
        for (SearchContributor c : search) {
            assertThatThrownBy(c::kinds).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
        for (DashboardContributor c : dashboard) {
            assertThatThrownBy(c::availableTiles).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
        for (DueReminders c : reminders) {
            assertThatThrownBy(() -> c.dueReminders(LocalDateTime.now(), 7))
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
    }

    @Test
    void due_reminders_are_for_the_system_administrator_only() {
        for (DueReminders c : reminders) {
            assertThatThrownBy(() -> stella.run(() -> c.dueReminders(LocalDateTime.now(), 7)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(adam.run(() -> c.dueReminders(LocalDateTime.now(), 7))).isNotNull();
        }
    }

    @Test
    void staff_search_no_checklist_templates_and_find_people_as_persons_not_users() {
        List<String> staffKinds = stella.run(() -> search.stream().flatMap(c -> c.kinds().stream()).toList());
        assertThat(staffKinds).doesNotContain(ComplianceSearch.TEMPLATE, PeopleSearch.USER)
                .contains(ComplianceSearch.RUN, PeopleSearch.PERSON);
        assertThat(olive.run(() -> search.stream().flatMap(c -> c.kinds().stream()).toList()))
                .contains(ComplianceSearch.TEMPLATE);
        assertThat(adam.run(() -> search.stream().flatMap(c -> c.kinds().stream()).toList()))
                .contains(ComplianceSearch.TEMPLATE, PeopleSearch.USER).doesNotContain(PeopleSearch.PERSON);
    }

    @Test
    void a_kind_the_reader_may_not_search_is_refused_when_asked_for_by_name() {
        SearchContributor compliance = search.stream().filter(c -> c instanceof ComplianceSearch).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> stella.run(() -> compliance.search(ComplianceSearch.TEMPLATE, "safety", 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(olive.run(() -> compliance.search(ComplianceSearch.TEMPLATE, "safety", 5))).isEmpty();
    }

    @Test
    void dashboard_tiles_follow_the_readers_roles() {
        Set<String> staffTiles = Set.copyOf(stella.run(() -> dashboard.stream()
                .flatMap(c -> c.availableTiles().stream()).toList()));
        assertThat(staffTiles).contains("pipeline-open", "my-attainment")
                .doesNotContain("findings-open", "items-overdue", "team-attainment");
        assertThat(olive.run(() -> dashboard.stream().flatMap(c -> c.availableTiles().stream()).toList()))
                .as("a compliance officer who is also staff")
                .contains("findings-open", "runs-due-week", "pipeline-open");
    }
}
