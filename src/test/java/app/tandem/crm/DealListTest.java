package app.tandem.crm;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.TestUsers;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@TandemServiceTest
class DealListTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accountService;
    @Autowired
    DealService dealService;

    Person anna;
    Person ben;
    Person carl;
    Person max;
    long acme;
    long westwind;
    List<StageInfo> stages;

    @BeforeEach
    void twoSalesTeamsWithAnAccountEach() {
        TestUsers.runAsAdmin("setup", () -> {
            anna = person("anna", Role.STAFF);
            ben = person("ben", Role.STAFF);
            carl = person("carl", Role.STAFF);
            max = person("max", Role.MANAGER);
            team("East", anna, ben);
            team("West", carl);
            return null;
        });
        acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        westwind = as(carl, () -> accountService.create(account("Westwind", carl))).id();
        stages = as(anna, () -> dealService.stages());
    }

    @Test
    void the_deals_list_shows_the_teams_deals_with_account_stage_owner_and_weighted_amount() {
        StageInfo proposal = stage("Proposal");
        LocalDate december = LocalDate.of(2026, 12, 1);
        as(anna, () -> dealService.create(deal("Big order", acme, proposal, "1000.00", december, anna)));
        as(carl, () -> dealService.create(deal("West order", westwind, proposal, "5000.00", null, carl)));

        List<DealListItem> seenByBen = as(ben, () -> dealService.list(DealFilter.any(), PageRequest.of(0, 10)))
                .getContent();

        assertThat(seenByBen).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("Big order");
            assertThat(d.accountName()).isEqualTo("Acme");
            assertThat(d.stageName()).isEqualTo("Proposal");
            assertThat(d.ownerName()).isEqualTo("Anna");
            assertThat(d.amount()).isEqualByComparingTo("1000.00");
            assertThat(d.probability()).isEqualTo(proposal.probability());
            assertThat(d.weighted()).isEqualByComparingTo(new BigDecimal(10 * proposal.probability()));
            assertThat(d.expectedCloseDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(as(max, () -> dealService.list(DealFilter.any(), PageRequest.of(0, 10))).getContent())
                .extracting(DealListItem::name).containsExactly("Big order", "West order");
    }

    @Test
    void the_deals_list_filters_by_text_stage_owner_and_close_date_and_sorts_in_sql() {
        StageInfo qualification = stage("Qualification");
        StageInfo proposal = stage("Proposal");
        LocalDate december = LocalDate.of(2026, 12, 1);
        as(max, () -> dealService.create(deal("Alpha", acme, qualification, "300.00", december, anna)));
        as(max, () -> dealService.create(deal("Beta", acme, proposal, "100.00", LocalDate.of(2027, 1, 15), anna)));
        as(max, () -> dealService.create(deal("Gamma", westwind, proposal, "200.00", LocalDate.of(2027, 2, 1), carl)));

        assertThat(names(new DealFilter("west", null, null, null, null, null))).containsExactly("Gamma");
        assertThat(names(new DealFilter("acme", null, null, null, null, null))).containsExactly("Alpha", "Beta");
        assertThat(names(new DealFilter(null, proposal.id(), null, null, null, null))).containsExactly("Beta", "Gamma");
        assertThat(names(new DealFilter(null, null, carl.id(), null, null, null))).containsExactly("Gamma");
        assertThat(names(new DealFilter(null, null, null, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31))))
                .containsExactly("Beta");
        assertThat(as(max, () -> dealService.list(DealFilter.any(),
                PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "amount")))).getContent())
                .extracting(DealListItem::name).containsExactly("Alpha", "Gamma", "Beta");
        assertThat(as(max, () -> dealService.list(DealFilter.any(),
                PageRequest.of(0, 10, Sort.by("a.name", "o.displayName")))).getContent())
                .extracting(DealListItem::accountName).containsExactly("Acme", "Acme", "Westwind");
    }

    private List<String> names(DealFilter filter) {
        return as(max, () -> dealService.list(filter, PageRequest.of(0, 10))).getContent().stream()
                .map(DealListItem::name).toList();
    }

    private TestOrg org() {
        return new TestOrg(userService, teamService);
    }

    private <T> T as(Person person, Supplier<T> action) {
        return person.run(action);
    }

    private Person person(String username, Role... roles) {
        return org().person(username, roles[0], Arrays.copyOfRange(roles, 1, roles.length));
    }

    private void team(String name, Person... members) {
        org().team(name, TeamKind.SALES, null, members);
    }

    private StageInfo stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static AccountData account(String name, Person owner) {
        return new AccountData(null, 0, name, null, null, null, null, null, null, null, AccountStatus.PROSPECT, null,
                owner.id());
    }

    private static DealData deal(String name, long accountId, StageInfo stage, String amount, LocalDate close,
            Person owner) {
        return new DealData(null, 0, name, accountId, null, new BigDecimal(amount), stage.id(), stage.probability(),
                false, close, null, owner.id(), null);
    }
}
