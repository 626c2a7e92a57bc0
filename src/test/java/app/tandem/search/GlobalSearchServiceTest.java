package app.tandem.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.SearchHit;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ContactData;
import app.tandem.crm.ContactService;
import app.tandem.crm.CrmSearch;
import app.tandem.improvement.IdeaDraft;
import app.tandem.improvement.ImprovementSearch;
import app.tandem.improvement.ImprovementService;
import app.tandem.org.PeopleSearch;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The header's search: the features' hits grouped by kind, at most five each, only what the reader may read. */
@TandemServiceTest
class GlobalSearchServiceTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accountService;
    @Autowired
    ContactService contactService;
    @Autowired
    ImprovementService improvementService;
    @Autowired
    GlobalSearchService search;

    Person anna;
    Person carl;
    Person max;
    Person adam;
    Person quinn;

    @BeforeEach
    void quokkasInEast() {
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna", Role.STAFF);
        carl = org.person("carl", Role.STAFF);
        max = org.person("max", Role.MANAGER);
        adam = org.person("adam", Role.ADMIN);
        quinn = org.person("quokkaquinn", Role.STAFF);
        org.team("East", TeamKind.SALES, null, anna, quinn);
        org.team("West", TeamKind.SALES, null, carl);
        for (int i = 1; i <= 7; i++) {
            String name = "Quokka Trading " + i;
            anna.run(() -> accountService.create(new AccountData(null, 0, name, null, null, null, null, null, null,
                    null, AccountStatus.PROSPECT, null, anna.id())));
        }
        long first = anna.run(() -> accountService.list(new AccountFilter("Quokka Trading 1", null, null, null),
                PageRequest.of(0, 1, Sort.by("name")))).getContent().getFirst().id();
        anna.run(() -> contactService.create(new ContactData(null, 0, "Quentin", "Quokka", null, null, null, first,
                anna.id())));
        anna.run(() -> improvementService.submitIdea(new IdeaDraft("Quokka mascot", "Nobody smiles", null, null)));
    }

    @Test
    void hits_come_grouped_by_kind_in_a_fixed_order_at_most_five_each_with_a_hint_that_more_exist() {
        SearchResults results = max.run(() -> search.search("  quokka"));

        assertThat(results.searched()).isTrue();
        assertThat(results.text()).isEqualTo("quokka");
        assertThat(results.groups()).extracting(SearchGroup::kind).containsExactly(CrmSearch.ACCOUNT,
                CrmSearch.CONTACT, ImprovementSearch.ITEM, PeopleSearch.PERSON);
        SearchGroup accounts = results.groups().getFirst();
        assertThat(accounts.hits()).hasSize(GlobalSearchService.PER_KIND)
                .extracting(SearchHit::title).startsWith("Quokka Trading 1");
        assertThat(accounts.more()).isTrue();
        assertThat(results.groups().get(1).more()).isFalse();
        assertThat(results.groups().get(1).hits()).extracting(SearchHit::title).containsExactly("Quentin Quokka");
    }

    @Test
    void a_space_after_the_last_word_finishes_it_so_it_no_longer_matches_longer_words() {
        SearchResults typing = max.run(() -> search.search("quokk"));
        assertThat(typing.groups()).extracting(SearchGroup::kind).contains(CrmSearch.ACCOUNT, PeopleSearch.PERSON);

        SearchResults finished = max.run(() -> search.search("quokka "));
        assertThat(finished.text()).isEqualTo("quokka");
        assertThat(finished.groups()).extracting(SearchGroup::kind).as("quokkaquinn is not the word quokka")
                .containsExactly(CrmSearch.ACCOUNT, CrmSearch.CONTACT, ImprovementSearch.ITEM);
        assertThat(max.run(() -> search.search("quokk ")).isEmpty()).as("no word is quokk").isTrue();
    }

    @Test
    void a_reader_of_another_team_finds_nothing_of_east_and_an_administrator_finds_users() {
        SearchResults west = carl.run(() -> search.search("quokka"));
        assertThat(west.searched()).isTrue();
        assertThat(west.isEmpty()).isTrue();

        SearchResults admin = adam.run(() -> search.search("quokkaquinn"));
        assertThat(admin.groups()).extracting(SearchGroup::kind).containsExactly(PeopleSearch.USER);
        assertThat(admin.groups().getFirst().hits()).extracting(SearchHit::id).containsExactly(quinn.id());
    }

    @Test
    void fewer_than_three_characters_are_not_searched_unless_they_are_a_run_number() {
        SearchResults tooShort = max.run(() -> search.search("qu"));
        assertThat(tooShort.searched()).isFalse();
        assertThat(tooShort.isEmpty()).isTrue();
        assertThat(max.run(() -> search.search(null)).searched()).isFalse();
        assertThat(max.run(() -> search.search("#7")).searched()).isTrue();
        assertThat(max.run(() -> search.search("#7")).isEmpty()).isTrue();
    }
}
