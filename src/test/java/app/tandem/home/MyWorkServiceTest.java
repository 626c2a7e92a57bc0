package app.tandem.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ActivityData;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ActivityStatus;
import app.tandem.crm.ActivityType;
import app.tandem.crm.Recurrence;
import app.tandem.improvement.IdeaDraft;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemStatus;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "My work" across the modules on known data: what each person finds there, in which group, and that done work
 * leaves the list. Today is Wednesday 3 June 2026; the week ends on Sunday 7 June.
 */
@TandemServiceTest
class MyWorkServiceTest {

    static final LocalDate TODAY = LocalDate.parse("2026-06-03");

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    MutableClock clock;
    @Autowired
    MyWorkService myWork;
    @Autowired
    AccountService accounts;
    @Autowired
    ActivityService activities;
    @Autowired
    ImprovementService improvements;
    @Autowired
    OneOnOneService oneOnOnes;
    @Autowired
    FeedbackService feedback;
    @Autowired
    TargetService targets;

    Person sue;
    Person rita;
    Person walt;
    Person otto;
    Person max;
    long east;
    long acme;

    @BeforeEach
    void twoTeamsAndAManager() {
        clock.setInstant(Instant.parse("2026-06-03T09:00:00Z"));
        TestOrg org = new TestOrg(userService, teamService);
        sue = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        rita = org.person("rita", Role.STAFF);
        otto = org.person("otto", Role.SUPERVISOR, Role.STAFF);
        walt = org.person("walt", Role.STAFF);
        max = org.person("max", Role.MANAGER);
        east = org.team("East", TeamKind.SALES, sue, rita, sue);
        org.team("West", TeamKind.SALES, otto, walt, otto);
        acme = rita.run(() -> accounts.create(new AccountData(null, 0, "Acme", null, null, null, null, null, null,
                null, AccountStatus.PROSPECT, null, rita.id()))).id();
    }

    long activity(Person owner, ActivityType type, String subject, String dueAt) {
        return owner.run(() -> activities.create(new ActivityData(null, 0, type, subject, null,
                LocalDateTime.parse(dueAt), null, ActivityStatus.PLANNED, acme, null, null, owner.id(),
                Recurrence.NONE, null))).id();
    }

    List<WorkItem> workOf(Person person) {
        return person.run(() -> myWork.myWork());
    }

    @Test
    void planned_activities_are_grouped_by_their_due_day_and_a_completed_one_leaves_the_list() {
        long call = activity(rita, ActivityType.CALL, "Call about the renewal", "2026-06-02T10:00:00");
        activity(rita, ActivityType.TASK, "Send the quote", "2026-06-03T15:00:00");
        activity(rita, ActivityType.MEETING, "Visit the warehouse", "2026-06-07T11:00:00");
        activity(rita, ActivityType.EMAIL, "Ask for feedback", "2026-06-08T08:00:00");
        activity(rita, ActivityType.TASK, "Too far ahead to list", "2026-07-15T08:00:00");

        assertThat(workOf(rita)).extracting(i -> i.entry().title(), WorkItem::group, i -> i.entry().recordType(),
                i -> i.entry().recordId()).containsExactly(
                        tuple("Call about the renewal", WorkGroup.OVERDUE, "ACCOUNT", acme),
                        tuple("Send the quote", WorkGroup.TODAY, "ACCOUNT", acme),
                        tuple("Visit the warehouse", WorkGroup.THIS_WEEK, "ACCOUNT", acme),
                        tuple("Ask for feedback", WorkGroup.LATER, "ACCOUNT", acme));
        assertThat(workOf(sue)).as("a supervisor reads the team's activities but they are not her work").isEmpty();

        rita.exec(() -> activities.complete(call));

        assertThat(workOf(rita)).extracting(i -> i.entry().title()).doesNotContain("Call about the renewal")
                .hasSize(3);
    }

    @Test
    void an_idea_waits_for_a_managers_approval_and_is_due_three_days_after_it_arrived() {
        long idea = rita.run(() -> improvements.submitIdea(new IdeaDraft("Label the shelves",
                "Pickers search for the right shelf", null, east)));

        assertThat(workOf(max)).singleElement().satisfies(item -> {
            assertThat(item.entry().kind()).isEqualTo("improvement.approval.submitted");
            assertThat(item.entry().recordType()).isEqualTo("IMPROVEMENT_ITEM");
            assertThat(item.entry().recordId()).isEqualTo(idea);
            assertThat(item.entry().waitingSince()).isEqualTo(TODAY);
            assertThat(item.due()).isEqualTo(TODAY.plusDays(MyWorkService.RESPONSE_DAYS));
            assertThat(item.group()).isEqualTo(WorkGroup.THIS_WEEK);
        });
        assertThat(workOf(rita)).as("the next step is the approver's").isEmpty();
        assertThat(workOf(sue)).isEmpty();

        clock.setInstant(Instant.parse("2026-06-07T09:00:00Z"));
        assertThat(workOf(max)).extracting(WorkItem::group).containsExactly(WorkGroup.OVERDUE);

        max.exec(() -> improvements.moveTo(idea, ItemStatus.APPROVED, null, null));

        assertThat(workOf(max)).isEmpty();
        assertThat(workOf(rita)).extracting(i -> i.entry().kind(), i -> i.entry().recordId())
                .containsExactly(tuple("improvement.item.approved", idea));
    }

    @Test
    void one_on_one_points_and_actions_feedback_requests_and_warnings_wait_for_the_report() {
        long meeting = sue.run(() -> oneOnOnes.startSeries(rita.id(), Cadence.WEEKLY, LocalDate.parse("2026-06-04")));
        sue.exec(() -> oneOnOnes.addPoint(meeting, "Pipeline review"));
        sue.exec(() -> oneOnOnes.addPoint(meeting, "Training plan"));
        sue.exec(() -> oneOnOnes.addAction(meeting, "Update the forecast", rita.id(), LocalDate.parse("2026-06-01")));
        long request = sue.run(() -> feedback.requestFeedback(rita.id(), "How did the workshop go?", null));
        long warning = sue.run(() -> feedback.give(new FeedbackDraft(rita.id(), FeedbackType.FORMAL_WARNING,
                FeedbackVisibility.PRIVATE_AND_MANAGER, "Third missed customer call this month")));

        assertThat(workOf(rita)).extracting(i -> i.entry().kind(), i -> i.entry().recordId(), WorkItem::group)
                .containsExactly(
                        tuple("performance.action", meeting, WorkGroup.OVERDUE),
                        tuple("performance.agenda", meeting, WorkGroup.THIS_WEEK),
                        tuple("performance.feedback-request", request, WorkGroup.THIS_WEEK),
                        tuple("performance.warning", warning, WorkGroup.THIS_WEEK));
        assertThat(workOf(rita)).filteredOn(i -> i.entry().kind().equals("performance.agenda")).singleElement()
                .satisfies(i -> {
                    assertThat(i.entry().title()).isEqualTo("Sue");
                    assertThat(i.entry().detail()).isEqualTo("2");
                });
        assertThat(workOf(sue)).extracting(i -> i.entry().kind()).containsExactly("performance.agenda");
        assertThat(workOf(walt)).isEmpty();

        rita.exec(() -> feedback.acknowledge(warning));
        rita.exec(() -> feedback.declineRequest(request, "I was not there"));

        assertThat(workOf(rita)).extracting(i -> i.entry().kind())
                .containsExactly("performance.action", "performance.agenda");
    }

    @Test
    void a_target_proposed_by_a_supervisor_waits_for_a_manager_until_its_period_starts() {
        sue.exec(() -> targets.save(new TargetData(null, 0, MetricRef.builtIn(Metric.REVENUE_WON), rita.id(), null,
                new Period(PeriodType.MONTH, LocalDate.parse("2026-07-01")), new BigDecimal("20000"))));

        assertThat(workOf(max)).singleElement().satisfies(item -> {
            assertThat(item.entry().kind()).isEqualTo("performance.target-approval");
            assertThat(item.entry().title()).isEqualTo("Rita");
            assertThat(item.due()).isEqualTo(LocalDate.parse("2026-07-01"));
            assertThat(item.group()).isEqualTo(WorkGroup.LATER);
        });
        assertThat(workOf(sue)).as("the proposer is not asked to accept it").isEmpty();
        assertThat(workOf(otto)).isEmpty();
    }

    @Test
    void the_week_ends_on_sunday_and_undated_work_is_later() {
        assertThat(MyWorkService.groupOf(LocalDate.parse("2026-06-02"), TODAY)).isEqualTo(WorkGroup.OVERDUE);
        assertThat(MyWorkService.groupOf(TODAY, TODAY)).isEqualTo(WorkGroup.TODAY);
        assertThat(MyWorkService.groupOf(LocalDate.parse("2026-06-07"), TODAY)).isEqualTo(WorkGroup.THIS_WEEK);
        assertThat(MyWorkService.groupOf(LocalDate.parse("2026-06-08"), TODAY)).isEqualTo(WorkGroup.LATER);
        assertThat(MyWorkService.groupOf(null, TODAY)).isEqualTo(WorkGroup.LATER);
        LocalDate sunday = LocalDate.parse("2026-06-07");
        assertThat(MyWorkService.groupOf(sunday, sunday)).isEqualTo(WorkGroup.TODAY);
        assertThat(MyWorkService.groupOf(sunday.plusDays(1), sunday)).isEqualTo(WorkGroup.LATER);
    }
}
