package app.tandem.org;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.TestUsers;
import app.tandem.base.SearchHit;
import app.tandem.security.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The global search's people part: everyone finds exactly the people whose page they may open (administrators
 * every user, managers every active person, supervisors their teams' members, everyone themselves).
 */
@TandemServiceTest
class PeopleSearchTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    PeopleSearch search;

    Person annika;
    Person anneliese;
    Person annette;
    Person sue;
    Person olga;
    Person max;
    Person adam;
    long gone;

    @BeforeEach
    void eastWestAndNorth() {
        TestOrg org = new TestOrg(userService, teamService);
        annika = org.person("annika", Role.STAFF);
        anneliese = org.person("anneliese", Role.STAFF);
        annette = org.person("annette", Role.STAFF);
        Person annabel = org.person("annabel", Role.STAFF);
        sue = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        olga = org.person("olga", Role.COMPLIANCE_OFFICER);
        max = org.person("max", Role.MANAGER);
        adam = org.person("adam", Role.ADMIN);
        org.team("East", TeamKind.SALES, sue, annika, sue);
        org.team("North", TeamKind.SALES, sue, anneliese);
        org.team("West", TeamKind.SALES, null, annette, annabel);
        gone = annabel.id();
        TestUsers.runAsAdmin("admin", () -> userService.setActive(gone, userService.load(gone).getVersion(), false));
    }

    @Test
    void administrators_find_every_user_also_inactive_ones_to_open_their_administration_page() {
        List<SearchHit> hits = adam.run(() -> search.people("ann", 10));

        assertThat(hits).extracting(SearchHit::title)
                .containsExactly("Annabel", "Anneliese", "Annette", "Annika");
        assertThat(hits).extracting(SearchHit::kind).containsOnly(PeopleSearch.USER);
        assertThat(hits.get(1).subtitle()).isEqualTo("anneliese · North");
    }

    @Test
    void managers_find_every_active_person_and_supervisors_the_members_of_the_teams_they_lead() {
        assertThat(max.run(() -> search.people("ann", 10))).extracting(SearchHit::title)
                .containsExactly("Anneliese", "Annette", "Annika");
        assertThat(max.run(() -> search.people("ann", 10))).extracting(SearchHit::kind)
                .containsOnly(PeopleSearch.PERSON);
        assertThat(sue.run(() -> search.people("ann", 10))).extracting(SearchHit::title)
                .containsExactly("Anneliese", "Annika");
        assertThat(sue.run(() -> search.people("sue", 10))).extracting(SearchHit::title).containsExactly("Sue");
    }

    @Test
    void staff_and_compliance_officers_find_only_themselves() {
        assertThat(annika.run(() -> search.people("ann", 10))).extracting(SearchHit::id)
                .containsExactly(annika.id());
        assertThat(annika.run(() -> search.people("sue", 10))).isEmpty();
        assertThat(olga.run(() -> search.people("ann", 10))).isEmpty();
        assertThat(olga.run(() -> search.people("olga@test", 10))).extracting(SearchHit::id)
                .containsExactly(olga.id());
    }

    @Test
    void people_are_found_by_username_and_email_and_operators_are_harmless() {
        assertThat(max.run(() -> search.people("annette@test.example", 10))).extracting(SearchHit::title)
                .containsExactly("Annette");
        assertThat(max.run(() -> search.people("-annika ~\"(", 10))).extracting(SearchHit::title)
                .containsExactly("Annika");
        assertThat(max.run(() -> search.people("+-*\"()~<>@", 10))).isEmpty();
    }
}
