package app.tandem.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.TestUsers;
import app.tandem.base.DomainException;
import app.tandem.base.RecordNotFoundException;
import app.tandem.improvement.IdeaDraft;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemData;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.util.Arrays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@TandemServiceTest
class CrmServiceTest {

    @Autowired
    ImprovementRaising improvementRaising;

    @Autowired
    ImprovementService improvementService;

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    AccountService accountService;
    @Autowired
    DealService dealService;
    @Autowired
    ActivityService activityService;
    @Autowired
    MutableClock clock;

    Person anna;
    Person ben;
    Person carl;
    Person sue;
    Person olga;
    Person max;

    @BeforeEach
    void twoSalesTeams() {
        TestUsers.runAsAdmin("setup", () -> {
            anna = person("anna", Role.STAFF);
            ben = person("ben", Role.STAFF);
            carl = person("carl", Role.STAFF);
            sue = person("sue", Role.SUPERVISOR, Role.STAFF);
            olga = person("olga", Role.COMPLIANCE_OFFICER);
            max = person("max", Role.MANAGER);
            team("East", sue, anna, ben, sue);
            team("West", null, carl);
            return null;
        });
    }

    @Test
    void staff_see_their_teams_accounts_but_not_another_teams() {
        long east = as(anna, () -> accountService.create(account("Acme", "acme.com", anna))).id();
        long west = as(carl, () -> accountService.create(account("Westwind", null, carl))).id();

        assertThat(as(ben, () -> names(accountService.list(AccountFilter.any(), PageRequest.of(0, 10)).getContent())))
                .containsExactly("Acme");
        assertThat(as(ben, () -> accountService.load(east)).name()).isEqualTo("Acme");
        assertThatThrownBy(() -> as(ben, () -> accountService.load(west)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void staff_change_only_their_own_records_and_supervisors_their_teams() {
        AccountData acme = as(anna, () -> accountService.create(account("Acme", null, anna)));

        assertThatThrownBy(() -> as(ben, () -> accountService.update(renamed(acme, "Ben's Acme"))))
                .isInstanceOf(AccessDeniedException.class);
        AccountData bySupervisor = as(sue, () -> accountService.update(renamed(acme, "Acme Ltd")));

        assertThat(bySupervisor.name()).isEqualTo("Acme Ltd");
        assertThat(as(anna, () -> accountService.update(renamed(bySupervisor, "Acme Limited"))).name())
                .isEqualTo("Acme Limited");
    }

    @Test
    void supervisors_reassign_within_their_team_but_staff_cannot_give_records_away() {
        AccountData acme = as(anna, () -> accountService.create(account("Acme", null, anna)));

        assertThatThrownBy(() -> as(anna, () -> accountService.update(ownedBy(acme, ben))))
                .isInstanceOf(DomainException.class).hasMessage("crm.owner.not-allowed");
        assertThat(as(sue, () -> accountService.update(ownedBy(acme, ben))).ownerId()).isEqualTo(ben.id());
        AccountData bens = as(sue, () -> accountService.load(acme.id()));
        assertThatThrownBy(() -> as(sue, () -> accountService.update(ownedBy(bens, carl))))
                .isInstanceOf(DomainException.class).hasMessage("crm.owner.not-allowed");
    }

    @Test
    void compliance_officers_read_everything_and_change_nothing() {
        AccountData acme = as(anna, () -> accountService.create(account("Acme", null, anna)));
        as(carl, () -> accountService.create(account("Westwind", null, carl)));

        assertThat(as(olga, () -> names(accountService.list(AccountFilter.any(), PageRequest.of(0, 10))
                .getContent()))).containsExactly("Acme", "Westwind");
        assertThatThrownBy(() -> as(olga, () -> accountService.update(renamed(acme, "Mine"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(olga, () -> accountService.create(account("New", null, olga))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void saving_over_someone_elses_change_fails_and_keeps_theirs() {
        AccountData acme = as(anna, () -> accountService.create(account("Acme", null, anna)));
        as(sue, () -> accountService.update(renamed(acme, "Acme by Sue")));

        assertThatThrownBy(() -> as(anna, () -> accountService.update(renamed(acme, "Acme by Anna"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(as(anna, () -> accountService.load(acme.id())).name()).isEqualTo("Acme by Sue");
    }

    @Test
    void a_new_account_with_the_same_domain_or_a_similar_name_anywhere_in_the_company_is_flagged_as_a_possible_duplicate() {
        as(anna, () -> accountService.create(account("Acme Corporation", "https://www.acme.com/about", anna)));

        assertThat(as(ben, () -> accountService.findSimilar(null, "Totally different", "ACME.com")))
                .extracting(DuplicateMatch::name).containsExactly("Acme Corporation");
        assertThat(as(ben, () -> accountService.findSimilar(null, "acme corp", null)))
                .extracting(DuplicateMatch::detail).containsExactly("acme.com");
        assertThat(as(ben, () -> accountService.findSimilar(null, "Globex", "globex.com"))).isEmpty();
        assertThat(as(carl, () -> accountService.findSimilar(null, "ACME Corp", "acme.com")))
                .as("another team's account is not shown: its name and owner are not carl's to read")
                .isEmpty();
    }

    @Test
    void an_idea_is_raised_only_from_an_account_the_user_may_read_and_names_it_as_its_origin() {
        long acme = as(anna, () -> accountService.create(account("Acme", null, anna))).id();
        IdeaDraft idea = new IdeaDraft("Late deliveries", "Acme waits two weeks for every order", null, null);

        assertThatThrownBy(() -> as(carl, () -> improvementRaising.fromAccount(acme, idea)))
                .isInstanceOf(RecordNotFoundException.class);
        long id = as(anna, () -> improvementRaising.fromAccount(acme, idea));
        assertThat(as(anna, () -> improvementService.load(id)))
                .extracting(ItemData::originType, ItemData::originId, ItemData::originLabel)
                .containsExactly(ImprovementRaising.ACCOUNT, acme, "Acme");
    }

    @Test
    void the_probability_follows_the_stage_and_an_override_lasts_until_the_next_stage_change() {
        List<StageInfo> stages = as(anna, () -> dealService.stages());
        StageInfo qualification = stage(stages, "Qualification");
        StageInfo proposal = stage(stages, "Proposal");
        long acme = as(anna, () -> accountService.create(account("Acme", null, anna))).id();
        DealData deal = as(anna, () -> dealService.create(deal("Big one", acme, qualification, "1000.00", anna)));
        assertThat(deal.probability()).isEqualTo(10);

        DealData overridden = as(anna, () -> dealService.update(withProbability(deal, 40)));
        assertThat(overridden.probability()).isEqualTo(40);
        assertThat(overridden.probabilityOverridden()).isTrue();

        DealData moved = as(anna, () -> dealService.moveToStage(deal.id(), proposal.id(), null));
        assertThat(moved.probability()).isEqualTo(50);
        assertThat(moved.probabilityOverridden()).isFalse();
    }

    @Test
    void a_deals_history_names_the_changed_field_with_old_and_new_value_and_who_changed_it() {
        StageInfo qualification = stage(as(anna, () -> dealService.stages()), "Qualification");
        long acme = as(anna, () -> accountService.create(account("Acme", null, anna))).id();
        DealData deal = as(anna, () -> dealService.create(deal("Small one", acme, qualification, "100.00", anna)));

        as(sue, () -> dealService.update(new DealData(deal.id(), deal.version(), "Bigger one", acme, null,
                new BigDecimal("900.00"), deal.stageId(), deal.probability(), false, deal.expectedCloseDate(), null,
                anna.id(), null)));

        assertThat(as(anna, () -> dealService.history(deal.id())))
                .filteredOn(e -> e.kind() == app.tandem.base.HistoryEntry.Kind.CHANGED)
                .extracting(e -> e.field() + ":" + e.from() + ">" + e.to() + "@" + e.changedBy())
                .containsExactlyInAnyOrder("name:Small one>Bigger one@sue", "amount:100.00>900.00@sue");
    }

    @Test
    void a_deal_moved_to_a_lost_stage_needs_a_reason_and_every_move_is_in_the_stage_history() {
        List<StageInfo> stages = as(anna, () -> dealService.stages());
        long acme = as(anna, () -> accountService.create(account("Acme", null, anna))).id();
        DealData deal = as(anna, () -> dealService.create(deal("Big one", acme, stage(stages, "Qualification"),
                "2500.00", anna)));
        as(anna, () -> dealService.moveToStage(deal.id(), stage(stages, "Negotiation").id(), null));

        assertThatThrownBy(() -> as(anna, () -> dealService.moveToStage(deal.id(), stage(stages, "Lost").id(), null)))
                .isInstanceOf(DomainException.class).hasMessage("deal.lost-reason.required");
        long price = as(anna, () -> dealService.lostReasons()).stream().filter(r -> r.name().equals("Price"))
                .findFirst().orElseThrow().id();
        DealData lost = as(anna, () -> dealService.moveToStage(deal.id(), stage(stages, "Lost").id(), price));

        assertThat(lost.lostReasonId()).isEqualTo(price);
        assertThat(lost.probability()).isZero();
        assertThat(as(anna, () -> dealService.stageHistory(deal.id())))
                .extracting(StageChange::toStageId, StageChange::changedBy, StageChange::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(stage(stages, "Lost").id(), "anna", new BigDecimal("2500.00")),
                        org.assertj.core.groups.Tuple.tuple(stage(stages, "Negotiation").id(), "anna",
                                new BigDecimal("2500.00")),
                        org.assertj.core.groups.Tuple.tuple(stage(stages, "Qualification").id(), "anna",
                                new BigDecimal("2500.00")));
    }

    @Test
    void pipeline_totals_count_sum_and_weigh_the_deals_per_stage_within_the_readers_scope() {
        List<StageInfo> stages = as(anna, () -> dealService.stages());
        StageInfo proposal = stage(stages, "Proposal");
        long acme = as(anna, () -> accountService.create(account("Acme", null, anna))).id();
        long west = as(carl, () -> accountService.create(account("Westwind", null, carl))).id();
        as(anna, () -> dealService.create(deal("One", acme, proposal, "1000.00", anna)));
        as(anna, () -> dealService.create(deal("Two", acme, proposal, "3000.00", anna)));
        as(carl, () -> dealService.create(deal("West", west, proposal, "99999.00", carl)));

        StageTotals east = as(ben, () -> dealService.pipelineTotals(PipelineFilter.any())).stream()
                .filter(t -> t.stageId() == proposal.id()).findFirst().orElseThrow();

        assertThat(east.count()).isEqualTo(2);
        assertThat(east.amount()).isEqualByComparingTo("4000.00");
        assertThat(east.weighted()).isEqualByComparingTo("2000.00");
    }

    @Test
    void completing_a_weekly_task_plans_the_next_one_until_the_end_date() {
        long acme = as(anna, () -> accountService.create(account("Acme", null, anna))).id();
        LocalDateTime monday = LocalDateTime.of(2026, 11, 23, 9, 0);
        ActivityData task = as(anna, () -> activityService.create(new ActivityData(null, 0, ActivityType.TASK,
                "Weekly check-in", null, monday, 30, ActivityStatus.PLANNED, acme, null, null, anna.id(),
                Recurrence.WEEKLY, LocalDate.of(2026, 12, 1))));

        Optional<ActivityData> next = as(anna, () -> activityService.complete(task.id()));
        assertThat(next).get().satisfies(n -> {
            assertThat(n.dueAt()).isEqualTo(monday.plusWeeks(1));
            assertThat(n.status()).isEqualTo(ActivityStatus.PLANNED);
            assertThat(n.subject()).isEqualTo("Weekly check-in");
        });
        Optional<ActivityData> afterEnd = as(anna, () -> activityService.complete(next.orElseThrow().id()));
        assertThat(afterEnd).isEmpty();
        assertThatThrownBy(() -> as(anna, () -> activityService.complete(task.id())))
                .isInstanceOf(DomainException.class).hasMessage("activity.not-planned");
    }

    @Test
    void my_due_activities_are_todays_and_overdue_planned_ones_of_the_logged_in_user() {
        clock.setInstant(java.time.Instant.parse("2026-11-27T10:00:00Z"));
        long acme = as(anna, () -> accountService.create(account("Acme", null, anna))).id();
        as(anna, () -> activityService.create(call("Overdue", LocalDateTime.of(2026, 11, 20, 9, 0), acme, anna)));
        as(anna, () -> activityService.create(call("Today", LocalDateTime.of(2026, 11, 27, 16, 0), acme, anna)));
        as(anna, () -> activityService.create(call("Tomorrow", LocalDateTime.of(2026, 11, 28, 9, 0), acme, anna)));
        as(sue, () -> activityService.create(call("Ben's", LocalDateTime.of(2026, 11, 27, 9, 0), acme, ben)));

        assertThat(as(anna, () -> activityService.myDueActivities()))
                .extracting(DueActivity::subject, DueActivity::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Overdue", true),
                        org.assertj.core.groups.Tuple.tuple("Today", false));
    }

    @Test
    void merging_two_accounts_moves_the_deals_to_the_survivor_and_removes_the_other() {
        StageInfo qualification = stage(as(anna, () -> dealService.stages()), "Qualification");
        long acme = as(anna, () -> accountService.create(account("Acme", "acme.com", anna))).id();
        long acmeDup = as(ben, () -> accountService.create(account("ACME Inc", null, ben))).id();
        long deal = as(ben, () -> dealService.create(deal("Dup deal", acmeDup, qualification, "10.00", ben))).id();

        as(sue, () -> accountService.merge(acme, accountService.load(acme).version(), acmeDup,
                accountService.load(acmeDup).version()));

        assertThat(as(sue, () -> dealService.load(deal)).accountId()).isEqualTo(acme);
        assertThatThrownBy(() -> as(sue, () -> accountService.load(acmeDup))).isInstanceOf(RecordNotFoundException.class);
        assertThat(as(sue, () -> accountService.load(acme)).notes()).contains("Merged with ACME Inc");
    }

    // --- helpers ------------------------------------------------------------------------------------

    private TestOrg org() {
        return new TestOrg(userService, teamService);
    }

    private <T> T as(Person person, java.util.function.Supplier<T> action) {
        return person.run(action);
    }

    private Person person(String username, Role... roles) {
        return org().person(username, roles[0], Arrays.copyOfRange(roles, 1, roles.length));
    }

    private void team(String name, Person supervisor, Person... members) {
        org().team(name, TeamKind.SALES, supervisor, members);
    }

    private static AccountData account(String name, String website, Person owner) {
        return new AccountData(null, 0, name, website, null, null, null, null, null, null, AccountStatus.PROSPECT,
                null, owner.id());
    }

    private static AccountData renamed(AccountData a, String name) {
        return new AccountData(a.id(), a.version(), name, a.website(), a.industry(), a.phone(), a.street(),
                a.postalCode(), a.city(), a.country(), a.status(), a.notes(), a.ownerId());
    }

    private static AccountData ownedBy(AccountData a, Person owner) {
        return new AccountData(a.id(), a.version(), a.name(), a.website(), a.industry(), a.phone(), a.street(),
                a.postalCode(), a.city(), a.country(), a.status(), a.notes(), owner.id());
    }

    private static DealData deal(String name, long accountId, StageInfo stage, String amount, Person owner) {
        return new DealData(null, 0, name, accountId, null, new BigDecimal(amount), stage.id(), stage.probability(),
                false, LocalDate.of(2026, 12, 15), null, owner.id(), null);
    }

    private static DealData withProbability(DealData d, int probability) {
        return new DealData(d.id(), d.version(), d.name(), d.accountId(), d.primaryContactId(), d.amount(),
                d.stageId(), probability, true, d.expectedCloseDate(), d.source(), d.ownerId(), d.lostReasonId());
    }

    private static ActivityData call(String subject, LocalDateTime due, long accountId, Person owner) {
        return new ActivityData(null, 0, ActivityType.CALL, subject, null, due, 15, ActivityStatus.PLANNED, accountId,
                null, null, owner.id(), Recurrence.NONE, null);
    }

    private static StageInfo stage(List<StageInfo> stages, String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(List<AccountListItem> items) {
        return items.stream().map(AccountListItem::name).toList();
    }
}
