package app.tandem.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.TestUsers;
import app.tandem.base.DomainException;
import app.tandem.base.RecordNotFoundException;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The services behind the account page and the deal page: timelines, logging activities, deal contacts, Won/Lost. */
@TandemServiceTest
class AccountPageServiceTest {

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
    DealContactService dealContactService;
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
        clock.setInstant(Instant.parse("2026-11-27T10:00:00Z"));
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

    // --- the activity timeline ------------------------------------------------------------------------

    @Test
    void an_accounts_timeline_lists_the_activities_newest_first_and_only_those_the_reader_may_see() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        as(anna, () -> activityService.create(planned("Old call", at(20, 9), acme, anna)));
        as(anna, () -> activityService.create(planned("Next call", at(30, 9), acme, anna)));
        as(anna, () -> activityService.create(planned("Same day, later", at(20, 15), acme, anna)));
        as(max, () -> activityService.create(planned("West's visit", at(25, 9), acme, carl)));
        long other = as(anna, () -> accountService.create(account("Other", anna))).id();
        as(anna, () -> activityService.create(planned("Elsewhere", at(26, 9), other, anna)));

        assertThat(as(ben, () -> activityService.timelineOfAccount(acme, PageRequest.of(0, 10)).getContent()))
                .extracting(ActivityEntry::subject, ActivityEntry::ownerName, ActivityEntry::editable)
                .containsExactly(tuple("Next call", "Anna", false), tuple("Same day, later", "Anna", false),
                        tuple("Old call", "Anna", false));
        assertThat(as(sue, () -> activityService.timelineOfAccount(acme, PageRequest.of(0, 10)).getContent()))
                .allMatch(ActivityEntry::editable);
        assertThat(as(max, () -> activityService.timelineOfAccount(acme, PageRequest.of(0, 10)).getContent()))
                .extracting(ActivityEntry::subject)
                .containsExactly("Next call", "West's visit", "Same day, later", "Old call");
        assertThat(as(ben, () -> accountService.counts(acme)).activities()).isEqualTo(3);
        assertThatThrownBy(() -> as(carl, () -> activityService.timelineOfAccount(acme, PageRequest.of(0, 10))))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void the_timeline_is_read_page_by_page() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        for (int day = 1; day <= 5; day++) {
            int d = day;
            as(anna, () -> activityService.create(planned("Call " + d, at(d, 9), acme, anna)));
        }

        var first = as(anna, () -> activityService.timelineOfAccount(acme, PageRequest.of(0, 2)));
        var third = as(anna, () -> activityService.timelineOfAccount(acme, PageRequest.of(2, 2)));

        assertThat(first.getContent()).extracting(ActivityEntry::subject).containsExactly("Call 5", "Call 4");
        assertThat(first.hasNext()).isTrue();
        assertThat(third.getContent()).extracting(ActivityEntry::subject).containsExactly("Call 1");
        assertThat(third.hasNext()).isFalse();
    }

    @Test
    void a_deals_timeline_shows_only_that_deals_activities_with_the_contacts_name() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        long jane = as(anna, () -> contactService.create(contact("Jane", "Doe", acme, anna))).id();
        DealData deal = as(anna, () -> dealService.create(deal("Big one", acme, anna)));
        as(anna, () -> activityService.create(withLinks(planned("About the deal", at(28, 9), acme, anna), jane,
                deal.id())));
        as(anna, () -> activityService.create(planned("General", at(29, 9), acme, anna)));

        assertThat(as(ben, () -> activityService.timelineOfDeal(deal.id(), PageRequest.of(0, 10)).getContent()))
                .extracting(ActivityEntry::subject, ActivityEntry::contactName, ActivityEntry::dealName)
                .containsExactly(tuple("About the deal", "Jane Doe", "Big one"));
        assertThat(as(ben, () -> activityService.countOfDeal(deal.id()))).isEqualTo(1);
    }

    // --- logging and planning activities --------------------------------------------------------------

    @Test
    void a_logged_activity_is_done_from_the_start_and_not_due() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();

        ActivityData logged = as(anna, () -> activityService.create(new ActivityData(null, 0, ActivityType.CALL,
                "Called about the offer", "They want a discount", at(27, 8), 20, ActivityStatus.DONE, acme, null,
                null, anna.id(), Recurrence.NONE, null)));

        assertThat(logged.status()).isEqualTo(ActivityStatus.DONE);
        assertThat(as(anna, () -> activityService.myDueActivities())).isEmpty();
        assertThatThrownBy(() -> as(anna, () -> activityService.complete(logged.id())))
                .isInstanceOf(DomainException.class).hasMessage("activity.not-planned");
    }

    @Test
    void a_contact_or_deal_of_another_account_is_refused_and_one_the_user_may_not_read_is_not_found() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        long globex = as(anna, () -> accountService.create(account("Globex", anna))).id();
        long globexContact = as(anna, () -> contactService.create(contact("Gina", "Globex", globex, anna))).id();
        long globexDeal = as(anna, () -> dealService.create(deal("Globex deal", globex, anna))).id();
        long west = as(carl, () -> accountService.create(account("Westwind", carl))).id();
        long westContact = as(carl, () -> contactService.create(contact("Wes", "West", west, carl))).id();

        assertThatThrownBy(() -> as(anna, () -> activityService.create(
                withLinks(planned("Call", at(28, 9), acme, anna), globexContact, null))))
                .isInstanceOf(DomainException.class).hasMessage("activity.contact.other-account");
        assertThatThrownBy(() -> as(anna, () -> activityService.create(
                withLinks(planned("Call", at(28, 9), acme, anna), null, globexDeal))))
                .isInstanceOf(DomainException.class).hasMessage("activity.deal.other-account");
        assertThatThrownBy(() -> as(anna, () -> activityService.create(
                withLinks(planned("Call", at(28, 9), acme, anna), westContact, null))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(as(max, () -> accountService.counts(acme)).activities()).isZero();
    }

    @Test
    void a_repeating_task_ends_after_its_due_date_and_only_planned_tasks_repeat() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        LocalDateTime due = at(30, 9);

        assertThatThrownBy(() -> as(anna, () -> activityService.create(task("Weekly", due, ActivityStatus.PLANNED,
                acme, Recurrence.WEEKLY, due.toLocalDate()))))
                .isInstanceOf(DomainException.class).hasMessage("activity.recur-until.before-due");
        assertThatThrownBy(() -> as(anna, () -> activityService.create(task("Weekly", at(27, 9), ActivityStatus.DONE,
                acme, Recurrence.WEEKLY, null))))
                .isInstanceOf(DomainException.class).hasMessage("activity.recurrence.planned-only");
        ActivityData weekly = as(anna, () -> activityService.create(task("Weekly", due, ActivityStatus.PLANNED, acme,
                Recurrence.WEEKLY, due.toLocalDate().plusWeeks(2))));

        assertThat(weekly.recurUntil()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(as(max, () -> accountService.counts(acme)).activities()).isEqualTo(1);
    }

    @Test
    void bad_input_for_an_activity_is_refused_with_a_message() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        ActivityData valid = planned("Call", at(28, 9), acme, anna);

        assertThatThrownBy(() -> as(anna, () -> activityService.create(withDuration(valid, -5))))
                .isInstanceOf(DomainException.class).hasMessage("activity.duration.range");
        assertThatThrownBy(() -> as(anna, () -> activityService.create(withSubject(valid, "x".repeat(201)))))
                .isInstanceOf(DomainException.class).hasMessage("activity.subject.too-long");
        assertThatThrownBy(() -> as(anna, () -> activityService.create(withSubject(valid, "  "))))
                .isInstanceOf(DomainException.class).hasMessage("activity.subject.required");
        assertThatThrownBy(() -> as(anna, () -> activityService.create(new ActivityData(null, 0, ActivityType.CALL,
                "Will have called", null, at(30, 9), null, ActivityStatus.DONE, acme, null, null, anna.id(),
                Recurrence.NONE, null))))
                .isInstanceOf(DomainException.class).hasMessage("activity.happened.future");
        assertThatThrownBy(() -> as(anna, () -> activityService.create(planned("Ben's call", at(28, 9), acme, ben))))
                .isInstanceOf(DomainException.class).hasMessage("crm.owner.not-allowed");
        assertThat(as(max, () -> accountService.counts(acme)).activities()).isZero();
    }

    @Test
    void compliance_officers_may_not_log_or_plan_activities() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();

        assertThat(as(olga, () -> activityService.mayCreate())).isFalse();
        assertThatThrownBy(() -> as(olga, () -> activityService.create(planned("Audit call", at(28, 9), acme, olga))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(olga, () -> activityService.timelineOfAccount(acme, PageRequest.of(0, 10)).getContent()))
                .isEmpty();
    }

    // --- contacts on a deal ---------------------------------------------------------------------------

    @Test
    void contacts_are_added_to_a_deal_with_a_role_the_first_becomes_primary_and_roles_change_and_go() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        long jane = as(anna, () -> contactService.create(contact("Jane", "Doe", acme, anna))).id();
        long joe = as(anna, () -> contactService.create(contact("Joe", "User", acme, anna))).id();
        DealData deal = as(anna, () -> dealService.create(deal("Big one", acme, anna)));

        DealData withJane = as(anna, () -> dealContactService.addContact(deal.id(), deal.version(), jane,
                ContactRole.DECISION_MAKER));
        DealData withJoe = as(anna, () -> dealContactService.addContact(deal.id(), withJane.version(), joe,
                ContactRole.USER));
        assertThat(withJoe.primaryContactId()).isEqualTo(jane);
        assertThat(as(ben, () -> dealContactService.contacts(deal.id())))
                .extracting(DealContact::name, DealContact::role, DealContact::primary)
                .containsExactly(tuple("Jane Doe", ContactRole.DECISION_MAKER, true),
                        tuple("Joe User", ContactRole.USER, false));

        DealData changed = as(anna, () -> dealContactService.changeContactRole(deal.id(), withJoe.version(), joe,
                ContactRole.INFLUENCER));
        DealData primaryJoe = as(anna, () -> dealContactService.makePrimaryContact(deal.id(), changed.version(), joe));
        DealData withoutJoe = as(anna, () -> dealContactService.removeContact(deal.id(), primaryJoe.version(), joe));

        assertThat(withoutJoe.primaryContactId()).isNull();
        assertThat(as(anna, () -> dealContactService.contacts(deal.id())))
                .extracting(DealContact::name, DealContact::role, DealContact::primary)
                .containsExactly(tuple("Jane Doe", ContactRole.DECISION_MAKER, false));
        assertThatThrownBy(() -> as(anna, () -> dealContactService.addContact(deal.id(), withoutJoe.version(), jane,
                ContactRole.USER)))
                .isInstanceOf(DomainException.class).hasMessage("deal.contact.already-added");
    }

    @Test
    void only_who_may_edit_the_deal_changes_its_contacts_and_only_with_contacts_of_its_account() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        long jane = as(anna, () -> contactService.create(contact("Jane", "Doe", acme, anna))).id();
        long globex = as(anna, () -> accountService.create(account("Globex", anna))).id();
        long gina = as(anna, () -> contactService.create(contact("Gina", "Globex", globex, anna))).id();
        DealData deal = as(anna, () -> dealService.create(deal("Big one", acme, anna)));

        assertThatThrownBy(() -> as(ben, () -> dealContactService.addContact(deal.id(), deal.version(), jane,
                ContactRole.USER))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(olga, () -> dealContactService.addContact(deal.id(), deal.version(), jane,
                ContactRole.USER))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(carl, () -> dealContactService.addContact(deal.id(), deal.version(), jane,
                ContactRole.USER))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(anna, () -> dealContactService.addContact(deal.id(), deal.version(), gina,
                ContactRole.USER))).isInstanceOf(DomainException.class).hasMessage("deal.contact.other-account");
        assertThatThrownBy(() -> as(anna, () -> dealContactService.removeContact(deal.id(), deal.version(), jane)))
                .isInstanceOf(DomainException.class).hasMessage("deal.contact.not-on-deal");

        DealData bySupervisor = as(sue, () -> dealContactService.addContact(deal.id(), deal.version(), jane,
                ContactRole.INFLUENCER));
        assertThat(bySupervisor.primaryContactId()).isEqualTo(jane);
    }

    @Test
    void changing_a_deals_contacts_over_someone_elses_change_fails_and_keeps_theirs() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        long jane = as(anna, () -> contactService.create(contact("Jane", "Doe", acme, anna))).id();
        long joe = as(anna, () -> contactService.create(contact("Joe", "User", acme, anna))).id();
        DealData deal = as(anna, () -> dealService.create(deal("Big one", acme, anna)));
        DealData bySue = as(sue, () -> dealContactService.addContact(deal.id(), deal.version(), jane, ContactRole.USER));
        assertThat(bySue.version()).isGreaterThan(deal.version());

        assertThatThrownBy(() -> as(anna, () -> dealContactService.addContact(deal.id(), deal.version(), joe,
                ContactRole.DECISION_MAKER))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> as(anna, () -> dealService.update(renamed(deal, "Renamed"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(as(anna, () -> dealContactService.contacts(deal.id()))).extracting(DealContact::name)
                .containsExactly("Jane Doe");
    }

    // --- Won / Lost and who may edit -----------------------------------------------------------------

    @Test
    void won_closes_the_deal_in_the_won_stage_and_lost_needs_a_reason_and_a_closed_deal_is_not_closed_again() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        DealData winner = as(anna, () -> dealService.create(deal("Winner", acme, anna)));
        DealData loser = as(anna, () -> dealService.create(deal("Loser", acme, anna)));
        StageInfo wonStage = as(anna, () -> dealService.stages()).stream().filter(StageInfo::won).findFirst()
                .orElseThrow();
        StageInfo lostStage = as(anna, () -> dealService.stages()).stream().filter(StageInfo::lost).findFirst()
                .orElseThrow();
        long price = as(anna, () -> dealService.lostReasons()).getFirst().id();

        DealData won = as(anna, () -> dealService.win(winner.id()));
        DealData lost = as(anna, () -> dealService.lose(loser.id(), price));

        assertThat(won.stageId()).isEqualTo(wonStage.id());
        assertThat(won.probability()).isEqualTo(100);
        assertThat(lost.stageId()).isEqualTo(lostStage.id());
        assertThat(lost.lostReasonId()).isEqualTo(price);
        assertThat(as(anna, () -> dealService.stageHistory(winner.id()))).first()
                .extracting(StageChange::toStageId).isEqualTo(wonStage.id());
        assertThatThrownBy(() -> as(anna, () -> dealService.lose(winner.id(), price)))
                .isInstanceOf(DomainException.class).hasMessage("deal.already-closed");
        assertThatThrownBy(() -> as(ben, () -> dealService.win(loser.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void may_edit_tells_whether_the_user_may_change_a_record_they_can_read() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        long jane = as(anna, () -> contactService.create(contact("Jane", "Doe", acme, anna))).id();
        long deal = as(anna, () -> dealService.create(deal("Big one", acme, anna))).id();

        for (Person editor : List.of(anna, sue, max)) {
            assertThat(as(editor, () -> List.of(accountService.mayEdit(acme), contactService.mayEdit(jane),
                    dealService.mayEdit(deal)))).as(editor.username()).containsOnly(true);
        }
        for (Person reader : List.of(ben, olga)) {
            assertThat(as(reader, () -> List.of(accountService.mayEdit(acme), contactService.mayEdit(jane),
                    dealService.mayEdit(deal)))).as(reader.username()).containsOnly(false);
        }
        assertThatThrownBy(() -> as(carl, () -> dealService.mayEdit(deal))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void an_accounts_counts_and_lists_of_contacts_and_deals_are_those_the_reader_may_see() {
        long acme = as(anna, () -> accountService.create(account("Acme", anna))).id();
        as(anna, () -> contactService.create(contact("Jane", "Doe", acme, anna)));
        as(max, () -> contactService.create(contact("Wes", "West", acme, carl)));
        as(anna, () -> dealService.create(deal("East deal", acme, anna)));
        as(max, () -> dealService.create(deal("West deal", acme, carl)));
        long other = as(anna, () -> accountService.create(account("Other", anna))).id();
        as(anna, () -> dealService.create(deal("Elsewhere", other, anna)));

        assertThat(as(ben, () -> accountService.counts(acme))).isEqualTo(new AccountCounts(1, 1, 0));
        assertThat(as(max, () -> accountService.counts(acme))).isEqualTo(new AccountCounts(2, 2, 0));
        assertThat(as(ben, () -> dealService.list(DealFilter.ofAccount(acme), PageRequest.of(0, 10)).getContent()))
                .extracting(DealListItem::name).containsExactly("East deal");
        assertThat(as(ben, () -> contactService.list(new ContactFilter(null, acme, null, null), PageRequest.of(0, 10))
                .getContent())).extracting(ContactListItem::lastName).containsExactly("Doe");
    }

    // --- helpers ------------------------------------------------------------------------------------

    private TestOrg org() {
        return new TestOrg(userService, teamService);
    }

    private <T> T as(Person person, Supplier<T> action) {
        return person.run(action);
    }

    private Person person(String username, Role... roles) {
        return org().person(username, roles[0], Arrays.copyOfRange(roles, 1, roles.length));
    }

    private void team(String name, @Nullable Person supervisor, Person... members) {
        org().team(name, TeamKind.SALES, supervisor, members);
    }

    /** A day of November 2026 (the test clock stands at 27 November, 10:00). */
    private static LocalDateTime at(int day, int hour) {
        return LocalDateTime.of(2026, 11, 1, hour, 0).plusDays(day - 1L);
    }

    private static AccountData account(String name, Person owner) {
        return new AccountData(null, 0, name, null, null, null, null, null, null, null, AccountStatus.PROSPECT,
                null, owner.id());
    }

    private static ContactData contact(String first, String last, long accountId, Person owner) {
        return new ContactData(null, 0, first, last, null, null, null, accountId, owner.id());
    }

    private DealData deal(String name, long accountId, Person owner) {
        StageInfo first = dealService.stages().stream().filter(s -> !s.closed()).findFirst().orElseThrow();
        return new DealData(null, 0, name, accountId, null, new BigDecimal("1000.00"), first.id(), first.probability(),
                false, LocalDate.of(2026, 12, 15), null, owner.id(), null);
    }

    private static DealData renamed(DealData d, String name) {
        return new DealData(d.id(), d.version(), name, d.accountId(), d.primaryContactId(), d.amount(), d.stageId(),
                d.probability(), d.probabilityOverridden(), d.expectedCloseDate(), d.source(), d.ownerId(),
                d.lostReasonId());
    }

    private static ActivityData planned(String subject, LocalDateTime due, long accountId, Person owner) {
        return new ActivityData(null, 0, ActivityType.CALL, subject, null, due, 15, ActivityStatus.PLANNED, accountId,
                null, null, owner.id(), Recurrence.NONE, null);
    }

    private ActivityData task(String subject, LocalDateTime due, ActivityStatus status, long accountId,
            Recurrence recurrence, @Nullable LocalDate until) {
        return new ActivityData(null, 0, ActivityType.TASK, subject, null, due, 30, status, accountId, null, null,
                anna.id(), recurrence, until);
    }

    private static ActivityData withLinks(ActivityData a, @Nullable Long contactId, @Nullable Long dealId) {
        return new ActivityData(null, 0, a.type(), a.subject(), a.details(), a.dueAt(), a.durationMinutes(), a.status(),
                a.accountId(), contactId, dealId, a.ownerId(), a.recurrence(), a.recurUntil());
    }

    private static ActivityData withDuration(ActivityData a, int minutes) {
        return new ActivityData(null, 0, a.type(), a.subject(), a.details(), a.dueAt(), minutes, a.status(),
                a.accountId(), a.contactId(), a.dealId(), a.ownerId(), a.recurrence(), a.recurUntil());
    }

    private static ActivityData withSubject(ActivityData a, String subject) {
        return new ActivityData(null, 0, a.type(), subject, a.details(), a.dueAt(), a.durationMinutes(), a.status(),
                a.accountId(), a.contactId(), a.dealId(), a.ownerId(), a.recurrence(), a.recurUntil());
    }
}
