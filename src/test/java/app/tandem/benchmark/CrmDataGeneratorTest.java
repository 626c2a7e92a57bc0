package app.tandem.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import app.tandem.TestUsers;
import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountService;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ContactFilter;
import app.tandem.crm.ContactService;
import app.tandem.crm.DealFilter;
import app.tandem.crm.DealService;
import app.tandem.crm.PipelineFilter;
import app.tandem.org.TeamDraft;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserDraft;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

@TandemServiceTest
class CrmDataGeneratorTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
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
    ActivityService activityService;

    long anna;
    long ben;
    long max;

    @BeforeEach
    void aSalesTeamAndAnOperationsTeam() {
        TestUsers.runAsAdmin("setup", () -> {
            anna = person("anna", Role.STAFF);
            ben = person("ben", Role.STAFF);
            long otto = person("otto", Role.STAFF);
            max = person("max", Role.MANAGER);
            team("East", TeamKind.SALES, anna, ben);
            team("Operations", TeamKind.OPERATIONS, otto);
            return null;
        });
    }

    @Test
    void fifty_accounts_come_with_contacts_deals_stage_history_and_activities_in_proportion() {
        CrmDataGenerator.Report report = generator().generate(CrmDataGenerator.Scale.ofAccounts("tiny", 50));

        assertThat(count("account")).isEqualTo(50);
        assertThat(count("contact")).isEqualTo(100);
        assertThat(count("deal")).isEqualTo(50);
        assertThat(count("deal_contact")).isEqualTo(50);
        assertThat(count("activity")).isEqualTo(250);
        assertThat(count("deal_stage_change")).isBetween(50L, 100L);
        assertThat(report.rows()).isEqualTo(50 + 100 + 50 + 50 + 250 + count("deal_stage_change"));
        assertThat(report.rowsOf("deal_stage_change")).isEqualTo(count("deal_stage_change"));
        assertThat(report.rowsPerSecond()).isPositive();
    }

    @Test
    void every_reference_points_at_an_existing_record_of_the_same_account() {
        generator().generate(CrmDataGenerator.Scale.ofAccounts("tiny", 50));

        assertThat(count("contact c left join account a on a.id = c.account_id where a.id is null")).isZero();
        assertThat(count("deal d left join account a on a.id = d.account_id where a.id is null")).isZero();
        assertThat(count("deal d join contact c on c.id = d.primary_contact_id where c.account_id <> d.account_id"))
                .isZero();
        assertThat(count("deal where primary_contact_id is null")).isZero();
        assertThat(count("deal_contact x left join deal d on d.id = x.deal_id left join contact c on c.id = "
                + "x.contact_id where d.id is null or c.id is null")).isZero();
        assertThat(count("deal_stage_change x left join deal d on d.id = x.deal_id where d.id is null")).isZero();
        assertThat(count("activity x left join account a on a.id = x.account_id where a.id is null")).isZero();
        assertThat(count("activity x join contact c on c.id = x.contact_id where c.account_id <> x.account_id"))
                .isZero();
        assertThat(count("activity x join deal d on d.id = x.deal_id where d.account_id <> x.account_id")).isZero();
        assertThat(count("activity x left join contact c on c.id = x.contact_id "
                + "where x.contact_id is not null and c.id is null")).isZero();
    }

    @Test
    void records_belong_to_the_sales_people_and_their_team_and_children_to_the_accounts_owner() {
        generator().generate(CrmDataGenerator.Scale.ofAccounts("tiny", 50));

        List<Long> owners = jdbc.queryForList("select distinct owner_id from account order by owner_id", Long.class);
        assertThat(owners).containsExactly(anna, ben);
        assertThat(count("account a join app_user u on u.id = a.owner_id where a.team_id <> u.team_id")).isZero();
        assertThat(count("contact c join account a on a.id = c.account_id where c.owner_id <> a.owner_id"))
                .isZero();
        assertThat(count("deal d join account a on a.id = d.account_id where d.owner_id <> a.owner_id")).isZero();
        assertThat(count("activity x join account a on a.id = x.account_id where x.owner_id <> a.owner_id"))
                .isZero();
    }

    @Test
    void deals_have_a_stage_history_that_ends_in_their_stage_and_closed_deals_their_outcome() {
        generator().generate(CrmDataGenerator.Scale.ofAccounts("tiny", 200));

        assertThat(count("deal d where not exists (select 1 from deal_stage_change x where x.deal_id = d.id)"))
                .isZero();
        assertThat(count("deal d where d.stage_id <> (select x.to_stage_id from deal_stage_change x "
                + "where x.deal_id = d.id order by x.changed_at desc, x.id desc limit 1)")).isZero();
        assertThat(count("deal d join pipeline_stage s on s.id = d.stage_id where s.probability <> d.probability"))
                .isZero();
        assertThat(count("deal d join pipeline_stage s on s.id = d.stage_id "
                + "where s.closed and not s.won and (d.lost_reason_id is null or d.closed_at is null)")).isZero();
        assertThat(count("deal d join pipeline_stage s on s.id = d.stage_id "
                + "where s.won and (d.lost_reason_id is not null or d.closed_at is null)")).isZero();
        assertThat(count("deal d join pipeline_stage s on s.id = d.stage_id "
                + "where not s.closed and d.closed_at is not null")).isZero();
        assertThat(jdbc.queryForList("select distinct s.name from deal d join pipeline_stage s on s.id = d.stage_id",
                String.class)).contains("Won", "Lost", "Qualification");
        assertThat(count("activity where status = 'DONE' and completed_at is null")).isZero();
    }

    @Test
    void the_services_read_the_generated_records_like_any_other() {
        generator().generate(CrmDataGenerator.Scale.ofAccounts("tiny", 50));
        long dealId = jdbc.queryForObject("select min(id) from deal", Long.class);

        TestUsers.runAs(max, "max", Set.of(Role.MANAGER), () -> {
            assertThat(accountService.list(AccountFilter.any(), PageRequest.of(0, 20)).getContent()).hasSize(20);
            assertThat(contactService.list(ContactFilter.any(), PageRequest.of(0, 20)).getContent()).hasSize(20);
            assertThat(dealService.list(DealFilter.any(), PageRequest.of(0, 20)).getContent()).hasSize(20);
            assertThat(dealService.load(dealId).stageId()).isPositive();
            assertThat(dealService.stageHistory(dealId)).isNotEmpty();
            assertThat(dealService.pipelineTotals(PipelineFilter.any()).stream().mapToLong(t -> t.count()).sum())
                    .isEqualTo(50);
            return null;
        });
        TestUsers.runAs(anna, "anna", Set.of(Role.STAFF), () -> {
            assertThat(activityService.myDueActivities()).allMatch(a -> a.dueAt().toLocalDate()
                    .isBefore(java.time.LocalDate.now(clock).plusDays(1)));
            return null;
        });
    }

    @Test
    void a_second_run_appends_another_set_with_new_ids() {
        generator().generate(CrmDataGenerator.Scale.ofAccounts("tiny", 20));
        generator().generate(CrmDataGenerator.Scale.ofAccounts("tiny", 20));

        assertThat(count("account")).isEqualTo(40);
        assertThat(count("contact")).isEqualTo(80);
        assertThat(count("deal d join contact c on c.id = d.primary_contact_id where c.account_id <> d.account_id"))
                .isZero();
    }

    @Test
    void without_sales_people_nothing_is_generated() {
        jdbc.update("update app_user set team_id = null");

        assertThatThrownBy(() -> generator().generate(CrmDataGenerator.Scale.ofAccounts("tiny", 5)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sales team");
        assertThat(count("account")).isZero();
    }

    @Test
    void scales_are_named_or_a_number_of_accounts() {
        assertThat(CrmDataGenerator.Scale.parse("large"))
                .isEqualTo(new CrmDataGenerator.Scale("large", 1_000_000, 2_000_000, 1_000_000, 5_000_000));
        assertThat(CrmDataGenerator.Scale.parse("small").accounts()).isEqualTo(10_000);
        assertThat(CrmDataGenerator.Scale.parse("medium").activities()).isEqualTo(500_000);
        assertThat(CrmDataGenerator.Scale.parse("7").contacts()).isEqualTo(14);
        assertThatThrownBy(() -> CrmDataGenerator.Scale.parse("huge")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrmDataGenerator.Scale.parse("0")).isInstanceOf(IllegalArgumentException.class);
    }

    private CrmDataGenerator generator() {
        return new CrmDataGenerator(dataSource, clock, 7L);
    }

    private long count(String fromAndWhere) {
        return jdbc.queryForObject("select count(*) from " + fromAndWhere, Long.class);
    }

    private long person(String username, Role... roles) {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName(username.substring(0, 1).toUpperCase() + username.substring(1));
        draft.setRoles(EnumSet.of(roles[0], roles));
        return userService.create(draft, "a-long-password-1").getId();
    }

    private void team(String name, TeamKind kind, long... members) {
        TeamDraft draft = new TeamDraft();
        draft.setName(name);
        draft.setKind(kind);
        draft.setMembers(java.util.Arrays.stream(members)
                .mapToObj(id -> new UserRef(id, "u" + id, "u" + id))
                .collect(Collectors.toSet()));
        teamService.create(draft);
    }
}
