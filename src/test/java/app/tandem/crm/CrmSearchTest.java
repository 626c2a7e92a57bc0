package app.tandem.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.SearchHit;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The global search's CRM part: accounts, contacts and deals by their words, in the grids' record scope. */
@TandemServiceTest
class CrmSearchTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accountService;
    @Autowired
    ContactService contactService;
    @Autowired
    DealService dealService;
    @Autowired
    CrmSearch search;

    Person anna;
    Person ben;
    Person carl;
    Person sue;
    Person olga;
    Person max;
    long eastAccount;
    long westAccount;
    long eastContact;
    long westContact;
    long eastDeal;
    long westDeal;

    @BeforeEach
    void twoTeamsWithAZephyrAccountContactAndDealEach() {
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna", Role.STAFF);
        ben = org.person("ben", Role.STAFF);
        carl = org.person("carl", Role.STAFF);
        sue = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        olga = org.person("olga", Role.COMPLIANCE_OFFICER);
        max = org.person("max", Role.MANAGER);
        org.team("East", TeamKind.SALES, sue, anna, ben, sue);
        org.team("West", TeamKind.SALES, null, carl);
        StageInfo stage = as(anna, () -> dealService.stages()).getFirst();
        eastAccount = as(anna, () -> accountService.create(account("Zephyr Logistics", "zephyr-logistics.example",
                anna))).id();
        westAccount = as(carl, () -> accountService.create(account("Zephyr Westwind", null, carl))).id();
        as(anna, () -> accountService.create(account("Harbour Freight", "harbour.example", anna)));
        eastContact = as(anna, () -> contactService.create(contact("Zelda", "Zephyrson", "zelda@north.example",
                eastAccount, anna))).id();
        westContact = as(carl, () -> contactService.create(contact("Wes", "Zephyrus", "wes@west.example",
                westAccount, carl))).id();
        eastDeal = as(anna, () -> dealService.create(deal("Zephyr fleet renewal", eastAccount, stage, anna))).id();
        westDeal = as(carl, () -> dealService.create(deal("Zephyr Westwind pilot", westAccount, stage, carl))).id();
    }

    @Test
    void staff_find_their_teams_accounts_contacts_and_deals_but_never_another_teams() {
        assertThat(ids(as(ben, () -> search.accounts("zephyr", 10)))).containsExactly(eastAccount);
        assertThat(ids(as(ben, () -> search.contacts("zephyr", 10)))).containsExactly(eastContact);
        assertThat(ids(as(ben, () -> search.deals("zephyr", 10)))).containsExactly(eastDeal);

        assertThat(ids(as(carl, () -> search.accounts("zephyr", 10)))).containsExactly(westAccount);
        assertThat(ids(as(carl, () -> search.contacts("zephyr", 10)))).containsExactly(westContact);
        assertThat(ids(as(carl, () -> search.deals("zephyr", 10)))).containsExactly(westDeal);
        assertThat(as(carl, () -> search.accounts("logistics", 10))).isEmpty();
    }

    @Test
    void compliance_officers_and_managers_find_every_teams_records() {
        for (Person reader : List.of(olga, max)) {
            assertThat(ids(as(reader, () -> search.accounts("zephyr", 10))))
                    .containsExactlyInAnyOrder(eastAccount, westAccount);
            assertThat(ids(as(reader, () -> search.contacts("zephyr", 10))))
                    .containsExactlyInAnyOrder(eastContact, westContact);
            assertThat(ids(as(reader, () -> search.deals("zephyr", 10)))).containsExactlyInAnyOrder(eastDeal, westDeal);
        }
    }

    @Test
    void a_started_word_matches_every_word_must_match_and_hits_carry_what_tells_them_apart() {
        assertThat(as(max, () -> search.accounts("zephyr west", 10))).extracting(SearchHit::id)
                .containsExactly(westAccount);
        assertThat(as(max, () -> search.accounts("harb", 10))).singleElement()
                .satisfies(hit -> {
                    assertThat(hit.kind()).isEqualTo(CrmSearch.ACCOUNT);
                    assertThat(hit.title()).isEqualTo("Harbour Freight");
                    assertThat(hit.subtitle()).isEqualTo("harbour.example");
                });
        assertThat(as(max, () -> search.accounts("logistics.example", 10))).extracting(SearchHit::id)
                .as("the domain is searched too").containsExactly(eastAccount);
        assertThat(as(max, () -> search.contacts("zelda@north", 10))).singleElement()
                .satisfies(hit -> {
                    assertThat(hit.title()).isEqualTo("Zelda Zephyrson");
                    assertThat(hit.subtitle()).isEqualTo("zelda@north.example · Zephyr Logistics");
                });
        assertThat(as(max, () -> search.deals("fleet", 10))).singleElement()
                .satisfies(hit -> assertThat(hit.subtitle()).startsWith("Zephyr Logistics · "));
        assertThat(as(max, () -> search.accounts("zephyr", 1))).as("at most the number asked for").hasSize(1);
    }

    @Test
    void only_the_word_being_typed_matches_longer_words_finished_words_match_whole_words() {
        assertThat(ids(as(max, () -> search.contacts("zephyr", 10)))).as("Zephyrson, Zephyrus")
                .containsExactlyInAnyOrder(eastContact, westContact);
        assertThat(as(max, () -> search.contacts("zephyr ", 10))).as("a finished word").isEmpty();
        assertThat(ids(as(max, () -> search.accounts("zephyr ", 10))))
                .containsExactlyInAnyOrder(eastAccount, westAccount);
        assertThat(as(max, () -> search.accounts("zephyr west ", 10))).as("west is no word of Westwind").isEmpty();
        assertThat(as(max, () -> search.accounts("zeph westwind", 10))).as("zeph is finished, no word").isEmpty();
        assertThat(ids(as(max, () -> search.deals("zephyr westwind pil", 10)))).containsExactly(westDeal);
    }

    @Test
    void the_best_match_comes_first() {
        assertThat(ids(as(max, () -> search.accounts("zephyr", 10)))).as("Zephyr Logistics has it in its domain too")
                .containsExactly(eastAccount, westAccount);
        assertThat(ids(as(max, () -> search.deals("zephyr", 1)))).as("equal relevance: by name")
                .containsExactly(eastDeal);
    }

    @Test
    void words_too_short_or_too_common_to_be_indexed_are_left_out_instead_of_matching_nothing() {
        assertThat(ids(as(max, () -> search.accounts("the zephyr of it", 10))))
                .containsExactlyInAnyOrder(eastAccount, westAccount);
        assertThat(as(max, () -> search.accounts("ze", 10))).isEmpty();
        assertThat(as(max, () -> search.accounts("", 10))).isEmpty();
        assertThat(as(max, () -> search.accounts(null, 10))).isEmpty();
    }

    @Test
    void boolean_operators_typed_into_the_search_are_harmless_and_only_separate_words() {
        for (String typed : List.of("-zephyr", "+zephyr", "zephyr*", "\"zephyr", "(zephyr)", "~zephyr", "<zephyr>",
                "@zephyr", "zephyr -logistics", "zephyr @3", "zep\"hyr")) {
            assertThatCode(() -> as(max, () -> search.accounts(typed, 10))).as(typed).doesNotThrowAnyException();
        }
        assertThat(ids(as(max, () -> search.accounts("-zephyr", 10)))).as("a minus does not exclude")
                .containsExactlyInAnyOrder(eastAccount, westAccount);
        assertThat(ids(as(max, () -> search.accounts("zephyr -logistics", 10)))).as("nor before a second word")
                .containsExactly(eastAccount);
        for (String typed : List.of("+-*\"()~<>@", "***", "\"\"", "()")) {
            assertThat(as(max, () -> search.accounts(typed, 10))).as(typed).isEmpty();
            assertThat(as(max, () -> search.contacts(typed, 10))).as(typed).isEmpty();
            assertThat(as(max, () -> search.deals(typed, 10))).as(typed).isEmpty();
        }
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    private static <T> T as(Person person, Supplier<T> action) {
        return person.run(action);
    }

    private static AccountData account(String name, String website, Person owner) {
        return new AccountData(null, 0, name, website, null, null, null, null, null, null, AccountStatus.PROSPECT,
                null, owner.id());
    }

    private static ContactData contact(String firstName, String lastName, String email, long accountId,
            Person owner) {
        return new ContactData(null, 0, firstName, lastName, email, null, null, accountId, owner.id());
    }

    private static DealData deal(String name, long accountId, StageInfo stage, Person owner) {
        return new DealData(null, 0, name, accountId, null, new BigDecimal("1000"), stage.id(), stage.probability(),
                false, LocalDate.of(2026, 12, 15), null, owner.id(), null);
    }
}
