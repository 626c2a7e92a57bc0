package app.tandem.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.compliance.domain.ChecklistRun;
import app.tandem.compliance.domain.ChecklistRunRepository;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@TandemServiceTest
class RunGenerationTest {

    @Autowired
    UserService userService;
    @Autowired
    TeamService teamService;
    @Autowired
    ChecklistTemplateService templates;
    @Autowired
    ChecklistCategoryService categories;
    @Autowired
    ChecklistScheduleService schedules;
    @Autowired
    ComplianceJobs jobs;
    @Autowired
    ChecklistRunRepository runs;
    @Autowired
    MutableClock clock;

    Person olga;
    Person anna;
    Person sue;
    long east;
    long walk;

    @BeforeEach
    void aTeamAndAPublishedTemplate() {
        // a Monday
        clock.setInstant(Instant.parse("2026-06-01T06:00:00Z"));
        TestOrg org = new TestOrg(userService, teamService);
        olga = org.person("olga", Role.COMPLIANCE_OFFICER);
        anna = org.person("anna", Role.STAFF);
        sue = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        Person adam = org.person("adam", Role.ADMIN);
        east = org.team("East", TeamKind.OPERATIONS, sue, anna, sue);
        long safety = adam.run(() -> categories.create("Safety")).id();
        walk = olga.run(() -> templates.create(new TemplateDraft("Warehouse safety walk", safety, null)));
        publishVersionWith("Aisles are clear");
    }

    long publishVersionWith(String prompt) {
        return olga.run(() -> {
            long draft = templates.draftFor(walk);
            VersionContent content = templates.content(draft);
            long section = content.sections().isEmpty() ? templates.addSection(draft, "Aisles")
                    : content.sections().getFirst().id();
            templates.saveItem(section, new TemplateItemData(null, prompt, null, null, ItemRule.passFail()));
            templates.publish(draft);
            return draft;
        });
    }

    long weeklyOnMondayAndThursday(int windowDays) {
        RecurrenceRule rule = new RecurrenceRule(Recurrence.WEEKLY, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                null, LocalDate.parse("2026-06-01"), null);
        return olga.run(() -> schedules.save(new ScheduleData(null, 0, walk, east, anna.id(), rule, windowDays,
                true))).id();
    }

    List<String> occurrences(long scheduleId) {
        return runs.findByScheduleIdOrderByOccurrenceDateAsc(scheduleId).stream()
                .map(r -> r.getOccurrenceDate().toString()).toList();
    }

    @Test
    void saving_a_schedule_opens_the_runs_of_the_coming_week_and_the_job_opens_no_duplicates() {
        long schedule = weeklyOnMondayAndThursday(2);

        assertThat(occurrences(schedule)).containsExactly("2026-06-01", "2026-06-04", "2026-06-08");
        assertThat(jobs.runOnce().opened()).isZero();
        assertThat(jobs.runOnce().opened()).isZero();
        assertThat(occurrences(schedule)).containsExactly("2026-06-01", "2026-06-04", "2026-06-08");

        ChecklistRun first = runs.findByScheduleIdOrderByOccurrenceDateAsc(schedule).getFirst();
        assertThat(first.getStatus()).isEqualTo(RunStatus.OPEN);
        assertThat(first.getAssigneeId()).isEqualTo(anna.id());
        assertThat(first.getTeamId()).isEqualTo(east);
        assertThat(first.getDueOn()).isEqualTo(LocalDate.parse("2026-06-03"));

        clock.advance(Duration.ofDays(7));
        assertThat(jobs.runOnce().opened()).as("a week later the next two").isEqualTo(2);
        assertThat(occurrences(schedule)).containsExactly("2026-06-01", "2026-06-04", "2026-06-08", "2026-06-11",
                "2026-06-15");
    }

    @Test
    void two_instances_running_the_job_at_the_same_time_open_each_run_once() throws Exception {
        long schedule = weeklyOnMondayAndThursday(2);
        runs.deleteAll(runs.findByScheduleIdOrderByOccurrenceDateAsc(schedule));
        clock.advance(Duration.ofDays(28));

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ComplianceJobs.Pass>> passes = List.of(pool.submit(() -> {
                go.await();
                return jobs.runOnce();
            }), pool.submit(() -> {
                go.await();
                return jobs.runOnce();
            }));
            go.countDown();
            int opened = 0;
            for (Future<ComplianceJobs.Pass> pass : passes) {
                opened += pass.get(60, TimeUnit.SECONDS).opened();
            }
            assertThat(opened).as("together they opened each run once").isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(occurrences(schedule)).containsExactly("2026-06-29", "2026-07-02", "2026-07-06");
    }

    @Test
    void runs_pin_the_version_that_was_published_when_they_opened() {
        long schedule = weeklyOnMondayAndThursday(2);
        long firstVersion = runs.findByScheduleIdOrderByOccurrenceDateAsc(schedule).getFirst().getTemplateVersionId();

        long secondVersion = publishVersionWith("Exits are clear");
        clock.advance(Duration.ofDays(7));
        jobs.runOnce();

        assertThat(runs.findByScheduleIdOrderByOccurrenceDateAsc(schedule))
                .extracting(r -> r.getOccurrenceDate().toString(), ChecklistRun::getTemplateVersionId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026-06-01", firstVersion),
                        org.assertj.core.groups.Tuple.tuple("2026-06-04", firstVersion),
                        org.assertj.core.groups.Tuple.tuple("2026-06-08", firstVersion),
                        org.assertj.core.groups.Tuple.tuple("2026-06-11", secondVersion),
                        org.assertj.core.groups.Tuple.tuple("2026-06-15", secondVersion));
    }

    @Test
    void runs_never_started_become_missed_after_their_window_and_only_then() {
        long schedule = weeklyOnMondayAndThursday(2);

        clock.setInstant(Instant.parse("2026-06-03T23:00:00Z"));
        assertThat(jobs.runOnce().missed()).as("due today is not missed yet").isZero();
        clock.setInstant(Instant.parse("2026-06-04T00:30:00Z"));
        assertThat(jobs.runOnce().missed()).isEqualTo(1);
        assertThat(jobs.runOnce().missed()).as("marked once").isZero();

        assertThat(runs.findByScheduleIdOrderByOccurrenceDateAsc(schedule))
                .extracting(ChecklistRun::getStatus).startsWith(RunStatus.MISSED, RunStatus.OPEN);
    }

    @Test
    void a_schedule_opens_no_runs_for_occurrences_whose_window_has_already_passed_or_while_inactive() {
        clock.setInstant(Instant.parse("2026-06-20T06:00:00Z"));
        long schedule = weeklyOnMondayAndThursday(2);
        assertThat(occurrences(schedule)).as("from the 18th (due the 20th) on")
                .containsExactly("2026-06-18", "2026-06-22", "2026-06-25");

        ScheduleData data = olga.run(() -> schedules.load(schedule));
        olga.run(() -> schedules.save(new ScheduleData(data.id(), data.version(), walk, east, anna.id(), data.rule(),
                2, false)));
        clock.advance(Duration.ofDays(14));
        assertThat(jobs.runOnce().opened()).isZero();
    }

    @Test
    void a_schedule_needs_a_published_template_a_team_an_active_assignee_and_a_sane_window() {
        long draftOnly = olga.run(() -> templates.create(new TemplateDraft("GDPR monthly check",
                templates.details(walk).categoryId(), null)));
        RecurrenceRule monthly = RecurrenceRule.of(Recurrence.MONTHLY, LocalDate.parse("2026-06-01"));

        assertThatThrownBy(() -> olga.run(() -> schedules.save(new ScheduleData(null, 0, draftOnly, east, anna.id(),
                monthly, 5, true)))).hasMessage("compliance.schedule.template-unpublished");
        assertThatThrownBy(() -> olga.run(() -> schedules.save(new ScheduleData(null, 0, walk, -1, anna.id(),
                monthly, 5, true)))).hasMessage("compliance.schedule.team-required");
        assertThatThrownBy(() -> olga.run(() -> schedules.save(new ScheduleData(null, 0, walk, east, -1, monthly, 5,
                true)))).hasMessage("compliance.schedule.assignee-inactive");
        assertThatThrownBy(() -> olga.run(() -> schedules.save(new ScheduleData(null, 0, walk, east, anna.id(),
                monthly, -1, true)))).hasMessage("compliance.schedule.window-invalid");
        assertThat(olga.run(() -> schedules.list(null, null, false, PageRequest.of(0, 10))).getContent()).isEmpty();
    }

    @Test
    void only_officers_and_admins_manage_schedules() {
        RecurrenceRule monthly = RecurrenceRule.of(Recurrence.MONTHLY, LocalDate.parse("2026-06-01"));
        for (Person outsider : List.of(anna, sue)) {
            assertThatThrownBy(() -> outsider.run(() -> schedules.save(new ScheduleData(null, 0, walk, east,
                    anna.id(), monthly, 5, true)))).isInstanceOf(AccessDeniedException.class);
        }
        olga.run(() -> schedules.save(new ScheduleData(null, 0, walk, east, anna.id(), monthly, 5, true)));
        assertThat(olga.run(() -> schedules.list(null, east, true, PageRequest.of(0, 10))).getContent())
                .singleElement().satisfies(row -> {
                    assertThat(row.template()).isEqualTo("Warehouse safety walk");
                    assertThat(row.team()).isEqualTo("East");
                    assertThat(row.assignee()).isEqualTo("Anna");
                    assertThat(row.recurrence()).isEqualTo(Recurrence.MONTHLY);
                });
    }
}
