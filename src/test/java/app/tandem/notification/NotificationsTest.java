package app.tandem.notification;

import app.tandem.base.NotificationKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.base.RecordNotFoundException;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ActivityData;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ActivityStatus;
import app.tandem.crm.ActivityType;
import app.tandem.crm.DealData;
import app.tandem.crm.DealService;
import app.tandem.crm.Recurrence;
import app.tandem.crm.StageInfo;
import app.tandem.improvement.CorrectiveActionRequest;
import app.tandem.improvement.IdeaDraft;
import app.tandem.improvement.ImprovementService;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.performance.Cadence;
import app.tandem.performance.FeedbackDraft;
import app.tandem.performance.FeedbackService;
import app.tandem.performance.FeedbackType;
import app.tandem.performance.FeedbackVisibility;
import app.tandem.performance.Metric;
import app.tandem.performance.MetricRef;
import app.tandem.performance.OneOnOneService;
import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import app.tandem.performance.TargetData;
import app.tandem.performance.TargetService;
import app.tandem.security.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications from the modules' real actions: who is told what, never the one who did it, only what they want,
 * only after the action committed; each user reads and marks only their own; the due-date job runs twice safely.
 */
@TandemServiceTest
class NotificationsTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationJobs jobs;
    @Autowired
    AccountService accounts;
    @Autowired
    DealService deals;
    @Autowired
    ActivityService activities;
    @Autowired
    ImprovementService improvement;
    @Autowired
    FeedbackService feedback;
    @Autowired
    OneOnOneService oneOnOnes;
    @Autowired
    TargetService targets;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MutableClock clock;

    Person anna;
    Person ben;
    Person sue;
    Person max;
    Person adam;
    long east;

    @BeforeEach
    void org() {
        clock.setInstant(Instant.parse("2026-06-01T08:00:00Z"));
        TestOrg org = new TestOrg(userService, teamService);
        anna = org.person("anna", Role.STAFF);
        ben = org.person("ben", Role.STAFF);
        sue = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        max = org.person("max", Role.MANAGER);
        adam = org.person("adam", Role.ADMIN);
        east = org.team("East", TeamKind.SALES, sue, anna, ben, sue);
    }

    List<NotificationItem> inbox(Person who) {
        return who.run(() -> notifications.list(false, PageRequest.of(0, 50)).getContent());
    }

    long unread(Person who) {
        return who.run(() -> notifications.unreadCount());
    }

    long account(Person actor, String name, Person owner) {
        return actor.run(() -> accounts.create(new AccountData(null, 0, name, null, null, null, null, null, null,
                null, AccountStatus.PROSPECT, null, owner.id()))).id();
    }

    // --- one notification per event kind -------------------------------------------------------------

    @Test
    void a_manager_giving_an_account_a_deal_and_an_activity_to_staff_tells_the_new_owner() {
        long acme = account(max, "Acme", anna);
        StageInfo open = max.run(() -> deals.stages()).stream().filter(s -> !s.closed()).findFirst().orElseThrow();
        long deal = max.run(() -> deals.create(new DealData(null, 0, "Acme renewal", acme, null,
                new BigDecimal("1000.00"), open.id(), open.probability(), false, null, null, anna.id(), null))).id();
        max.run(() -> activities.create(new ActivityData(null, 0, ActivityType.CALL, "Call Acme", null,
                LocalDateTime.parse("2026-06-03T10:00"), 30, ActivityStatus.PLANNED, acme, null, null, anna.id(),
                Recurrence.NONE, null)));

        assertThat(inbox(anna)).extracting(NotificationItem::kind, NotificationItem::recordType,
                NotificationItem::recordId, NotificationItem::title, NotificationItem::actorName, NotificationItem::read)
                .containsExactlyInAnyOrder(
                        tuple(NotificationKind.ASSIGNED, "ACCOUNT", acme, "Acme", "max", false),
                        tuple(NotificationKind.ASSIGNED, "DEAL", deal, "Acme renewal", "max", false),
                        tuple(NotificationKind.ASSIGNED, "ACCOUNT", acme, "Call Acme", "max", false));
        assertThat(unread(anna)).isEqualTo(3);
        assertThat(inbox(max)).as("the one who did it is not told").isEmpty();
    }

    @Test
    void reassigning_an_account_tells_the_new_owner_only() {
        long acme = account(max, "Acme", max);
        assertThat(inbox(max)).isEmpty();
        var data = max.run(() -> accounts.load(acme));

        max.run(() -> accounts.update(new AccountData(data.id(), data.version(), data.name(), null, null, null, null,
                null, null, null, data.status(), null, ben.id())));

        assertThat(inbox(ben)).extracting(NotificationItem::kind, NotificationItem::title)
                .containsExactly(tuple(NotificationKind.ASSIGNED, "Acme"));
        assertThat(inbox(anna)).isEmpty();
    }

    @Test
    void staff_creating_their_own_records_gets_no_notification() {
        account(anna, "Own account", anna);

        assertThat(inbox(anna)).isEmpty();
    }

    @Test
    void a_corrective_action_tells_its_owner_and_asks_the_managers_for_approval() {
        long item = max.run(() -> improvement.openCorrectiveAction(new CorrectiveActionRequest("Fix the scanner",
                "The scanner fails", east, anna.id(), LocalDate.parse("2026-06-10"), "TEST", 1, "Test origin")));

        assertThat(inbox(anna)).extracting(NotificationItem::kind, NotificationItem::recordType,
                NotificationItem::recordId).containsExactly(tuple(NotificationKind.ASSIGNED, "IMPROVEMENT_ITEM", item));
        assertThat(inbox(adam)).extracting(NotificationItem::kind, NotificationItem::title)
                .containsExactly(tuple(NotificationKind.APPROVAL_REQUESTED, "Fix the scanner"));
        assertThat(inbox(max)).as("the manager who opened it").isEmpty();
    }

    @Test
    void a_submitted_idea_asks_every_manager_and_administrator_for_approval() {
        long idea = ben.run(() -> improvement.submitIdea(new IdeaDraft("Shorter stand-ups", "They take 40 minutes",
                null, null)));

        assertThat(inbox(max)).extracting(NotificationItem::kind, NotificationItem::recordId, NotificationItem::actorName)
                .containsExactly(tuple(NotificationKind.APPROVAL_REQUESTED, idea, "ben"));
        assertThat(inbox(adam)).hasSize(1);
        assertThat(inbox(ben)).isEmpty();
        assertThat(inbox(sue)).as("a supervisor does not approve").isEmpty();
    }

    @Test
    void feedback_tells_its_recipient_but_manager_only_feedback_stays_unknown_to_them() {
        long given = sue.run(() -> feedback.give(new FeedbackDraft(anna.id(), FeedbackType.COACHING,
                FeedbackVisibility.PRIVATE, "Open the call with the customer's goals.")));
        sue.run(() -> feedback.give(new FeedbackDraft(anna.id(), FeedbackType.CONCERN,
                FeedbackVisibility.MANAGER_ONLY, "Watch her closing rate.")));

        assertThat(inbox(anna)).extracting(NotificationItem::kind, NotificationItem::recordType,
                NotificationItem::recordId, NotificationItem::title).containsExactly(
                        tuple(NotificationKind.FEEDBACK_RECEIVED, "FEEDBACK", given,
                                "Open the call with the customer's goals."));
    }

    @Test
    void a_feedback_request_tells_the_one_asked() {
        long request = anna.run(() -> feedback.requestFeedback(ben.id(), "My demo on Friday", null));

        assertThat(inbox(ben)).extracting(NotificationItem::kind, NotificationItem::recordType,
                NotificationItem::recordId, NotificationItem::title, NotificationItem::actorName).containsExactly(
                        tuple(NotificationKind.FEEDBACK_REQUESTED, "FEEDBACK_REQUEST", request, "My demo on Friday",
                                "anna"));
        assertThat(inbox(anna)).isEmpty();
    }

    @Test
    void a_one_on_one_action_item_tells_the_participant_it_is_given_to() {
        long meeting = sue.run(() -> oneOnOnes.startSeries(anna.id(), Cadence.WEEKLY, LocalDate.parse("2026-06-01")));

        sue.exec(() -> oneOnOnes.addAction(meeting, "Send the price list to Acme", anna.id(), null));
        sue.exec(() -> oneOnOnes.addAction(meeting, "Book the training", sue.id(), null));

        assertThat(inbox(anna)).extracting(NotificationItem::kind, NotificationItem::recordType,
                NotificationItem::recordId, NotificationItem::title).containsExactly(
                        tuple(NotificationKind.ASSIGNED, "ONE_ON_ONE_MEETING", meeting, "Send the price list to Acme"));
        assertThat(inbox(sue)).isEmpty();
    }

    @Test
    void a_supervisors_target_proposal_asks_the_managers_and_a_managers_own_target_asks_nobody() {
        Period june = new Period(PeriodType.MONTH, LocalDate.parse("2026-06-01"));
        MetricRef revenue = MetricRef.builtIn(Metric.REVENUE_WON);
        long proposal = sue.run(() -> targets.save(new TargetData(null, 0, revenue, anna.id(), null, june,
                new BigDecimal("1000"))));
        max.run(() -> targets.save(new TargetData(null, 0, revenue, ben.id(), null, june, new BigDecimal("500"))));

        assertThat(inbox(max)).extracting(NotificationItem::kind, NotificationItem::recordType,
                NotificationItem::recordId, NotificationItem::title).containsExactly(
                        tuple(NotificationKind.APPROVAL_REQUESTED, "TARGET", proposal, "Anna · 2026-06"));
        assertThat(inbox(anna)).isEmpty();
    }

    // --- preferences, transactions, privacy ------------------------------------------------------------

    @Test
    void a_kind_switched_off_is_not_written() {
        anna.run(() -> notifications.choose(NotificationKind.ASSIGNED, false, false));

        account(max, "Acme", anna);
        sue.run(() -> feedback.give(new FeedbackDraft(anna.id(), FeedbackType.PRAISE, FeedbackVisibility.PRIVATE,
                "Great demo.")));

        assertThat(inbox(anna)).extracting(NotificationItem::kind).containsExactly(NotificationKind.FEEDBACK_RECEIVED);
        assertThat(anna.run(() -> notifications.preferences())).filteredOn(p -> p.kind() == NotificationKind.ASSIGNED)
                .containsExactly(new KindPreference(NotificationKind.ASSIGNED, false, false));
    }

    @Test
    void a_rolled_back_action_notifies_nobody() {
        TransactionTemplate outer = new TransactionTemplate(transactions);

        max.exec(() -> outer.executeWithoutResult(status -> {
            accounts.create(new AccountData(null, 0, "Ghost", null, null, null, null, null, null, null,
                    AccountStatus.PROSPECT, null, anna.id()));
            status.setRollbackOnly();
        }));

        assertThat(inbox(anna)).isEmpty();
        assertThat(max.run(() -> accounts.list(new app.tandem.crm.AccountFilter("Ghost", null, null, null),
                PageRequest.of(0, 5))).getContent()).isEmpty();
    }

    @Test
    void opening_marks_read_and_mark_all_read_clears_the_count() {
        account(max, "Acme", anna);
        account(max, "Globex", anna);
        List<NotificationItem> mine = inbox(anna);

        anna.exec(() -> notifications.markRead(mine.getFirst().id()));
        assertThat(unread(anna)).isEqualTo(1);
        assertThat(anna.run(() -> notifications.list(true, PageRequest.of(0, 10))).getContent()).hasSize(1);

        assertThat(anna.run(() -> notifications.markAllRead())).isEqualTo(1);
        assertThat(unread(anna)).isZero();
        assertThat(inbox(anna)).allMatch(NotificationItem::read);
    }

    @Test
    void another_users_notification_can_be_neither_read_nor_marked() {
        account(max, "Acme", anna);
        long annas = inbox(anna).getFirst().id();

        assertThatThrownBy(() -> ben.exec(() -> notifications.markRead(annas)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(inbox(ben)).isEmpty();
        assertThat(ben.run(() -> notifications.markAllRead())).isZero();
        assertThat(unread(anna)).isEqualTo(1);
    }

    // --- due soon and overdue ------------------------------------------------------------------------

    @Test
    void the_due_date_job_tells_owners_once_however_often_it_runs() {
        long acme = account(anna, "Acme", anna);
        anna.run(() -> activities.create(new ActivityData(null, 0, ActivityType.CALL, "Call Acme today", null,
                LocalDateTime.parse("2026-06-01T15:00"), 30, ActivityStatus.PLANNED, acme, null, null, anna.id(),
                Recurrence.NONE, null)));
        anna.run(() -> activities.create(new ActivityData(null, 0, ActivityType.TASK, "Send the offer", null,
                LocalDateTime.parse("2026-05-29T09:00"), null, ActivityStatus.PLANNED, acme, null, null, anna.id(),
                Recurrence.NONE, null)));
        anna.run(() -> activities.create(new ActivityData(null, 0, ActivityType.TASK, "Next month", null,
                LocalDateTime.parse("2026-07-01T09:00"), null, ActivityStatus.PLANNED, acme, null, null, anna.id(),
                Recurrence.NONE, null)));
        long late = max.run(() -> improvement.openCorrectiveAction(new CorrectiveActionRequest("Fix the scanner",
                "The scanner fails", east, anna.id(), LocalDate.parse("2026-05-30"), "TEST", 1, "Test origin")));
        anna.exec(() -> notifications.markAllRead());

        int first = jobs.runOnce();
        int second = jobs.runOnce();

        assertThat(first).isEqualTo(3);
        assertThat(second).as("a second pass (or a second instance) writes nothing").isZero();
        assertThat(anna.run(() -> notifications.list(true, PageRequest.of(0, 10))).getContent())
                .extracting(NotificationItem::kind, NotificationItem::recordType, NotificationItem::title)
                .containsExactlyInAnyOrder(
                        tuple(NotificationKind.DUE_SOON, "ACCOUNT", "Call Acme today"),
                        tuple(NotificationKind.OVERDUE, "ACCOUNT", "Send the offer"),
                        tuple(NotificationKind.OVERDUE, "IMPROVEMENT_ITEM", "Fix the scanner"));
        assertThat(inbox(anna)).filteredOn(n -> n.recordId() == late && n.kind() == NotificationKind.OVERDUE)
                .hasSize(1);

        clock.advance(Duration.ofHours(8));
        assertThat(jobs.runOnce()).as("the call is overdue now: told once more, as overdue").isEqualTo(1);
        assertThat(jobs.runOnce()).isZero();
    }
}
