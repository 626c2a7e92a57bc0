package app.tandem.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.SearchHit;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The global search's improvement part: items by title and problem statement, in the items' read scope. */
@TandemServiceTest
class ImprovementSearchTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    ImprovementService improvementService;
    @Autowired
    ActionPlanService planService;
    @Autowired
    ImprovementSearch search;

    Person anna;
    Person ben;
    Person carl;
    Person sue;
    Person olga;
    Person max;

    @BeforeEach
    void twoTeams() {
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna", Role.STAFF);
        ben = org.person("ben", Role.STAFF);
        carl = org.person("carl", Role.STAFF);
        sue = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        olga = org.person("olga", Role.COMPLIANCE_OFFICER);
        max = org.person("max", Role.MANAGER);
        org.team("East", TeamKind.OPERATIONS, sue, anna, ben, sue);
        org.team("West", TeamKind.OPERATIONS, null, carl);
    }

    @Test
    void staff_find_their_teams_items_and_those_they_are_involved_in_but_never_another_teams() {
        long annas = as(anna, () -> improvementService.submitIdea(new IdeaDraft("Pallet wrapping wastes film",
                "Three layers of stretch film", null, null)));
        long carls = as(carl, () -> improvementService.submitIdea(new IdeaDraft("Pallet jack repair",
                "Wheels worn", null, null)));

        assertThat(ids(as(ben, () -> search.items("pallet", 10)))).containsExactly(annas);
        assertThat(ids(as(carl, () -> search.items("pallet", 10)))).containsExactly(carls);
        assertThat(ids(as(sue, () -> search.items("pallet", 10)))).containsExactly(annas);

        as(carl, () -> planService.saveAction(carls, new ActionRow(null, 0, "Order new wheels", ben.id(),
                null, false)));
        assertThat(ids(as(ben, () -> search.items("pallet", 10)))).as("an action row owner is involved")
                .containsExactlyInAnyOrder(annas, carls);
    }

    @Test
    void managers_and_compliance_officers_find_every_item() {
        long annas = as(anna, () -> improvementService.submitIdea(new IdeaDraft("Pallet wrapping wastes film",
                "Three layers of stretch film", null, null)));
        long carls = as(carl, () -> improvementService.submitIdea(new IdeaDraft("Pallet jack repair",
                "Wheels worn", null, null)));

        assertThat(ids(as(max, () -> search.items("pall", 10)))).containsExactlyInAnyOrder(annas, carls);
        assertThat(ids(as(olga, () -> search.items("pall", 10)))).containsExactlyInAnyOrder(annas, carls);
    }

    @Test
    void items_whose_title_matches_come_before_those_matching_only_in_the_problem_statement() {
        long inProblem = as(anna, () -> improvementService.submitIdea(new IdeaDraft("Dock doors left open",
                "Forklift drivers leave the doors open", null, null)));
        long inTitle = as(anna, () -> improvementService.submitIdea(new IdeaDraft("Forklift charging queue",
                "Batteries run flat at noon", null, null)));
        as(anna, () -> improvementService.submitIdea(new IdeaDraft("Label printer", "Ribbons run out", null, null)));

        List<SearchHit> hits = as(ben, () -> search.items("forklift", 10));

        assertThat(ids(hits)).containsExactly(inTitle, inProblem);
        assertThat(hits.getFirst().kind()).isEqualTo(ImprovementSearch.ITEM);
        assertThat(hits.getFirst().subtitle()).isEqualTo("#" + inTitle + " · East · Anna");
        assertThat(as(ben, () -> search.items("forklift noon", 10))).extracting(SearchHit::id)
                .as("every word must match").containsExactly(inTitle);
    }

    @Test
    void boolean_operators_typed_into_the_search_are_harmless() {
        long id = as(anna, () -> improvementService.submitIdea(new IdeaDraft("Pallet wrapping", "Film", null, null)));

        assertThat(ids(as(max, () -> search.items("-pallet \"(wrapping)\" ~<>@", 10)))).containsExactly(id);
        assertThat(as(max, () -> search.items("+-*\"()~<>@", 10))).isEmpty();
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    private static <T> T as(Person person, Supplier<T> action) {
        return person.run(action);
    }
}
