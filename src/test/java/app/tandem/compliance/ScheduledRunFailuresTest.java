package app.tandem.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import app.tandem.TestOrg;
import app.tandem.TestOrg.Person;
import app.tandem.compliance.domain.ChecklistRunRepository;
import app.tandem.org.TeamKind;
import app.tandem.org.TeamService;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The run job meets a broken schedule and a deactivated assignee: it logs them and carries on with the rest. */
@TandemServiceTest
@ExtendWith(OutputCaptureExtension.class)
class ScheduledRunFailuresTest {

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
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    Person olga;
    Person anna;
    Person ben;
    long east;
    long walk;

    @BeforeEach
    void aTeamAndAPublishedTemplate() {
        clock.setInstant(Instant.parse("2026-06-01T06:00:00Z"));
        TestOrg org = new TestOrg(userService, teamService);
        olga = org.person("olga", Role.COMPLIANCE_OFFICER);
        anna = org.person("anna", Role.STAFF);
        ben = org.person("ben", Role.STAFF);
        Person sue = org.person("sue", Role.SUPERVISOR, Role.STAFF);
        Person adam = org.person("adam", Role.ADMIN);
        east = org.team("East", TeamKind.OPERATIONS, sue, anna, ben, sue);
        long safety = adam.run(() -> categories.create("Safety")).id();
        walk = olga.run(() -> {
            long template = templates.create(new TemplateDraft("Warehouse safety walk", safety, null));
            long draft = templates.draftFor(template);
            long section = templates.addSection(draft, "Aisles");
            templates.saveItem(section, new TemplateItemData(null, "Aisles are clear", null, null,
                    ItemRule.passFail()));
            templates.publish(draft);
            return template;
        });
    }

    @Test
    void a_broken_schedule_is_logged_with_its_id_and_the_other_schedules_still_get_their_runs(CapturedOutput log) {
        long broken = weekly(anna);
        long fine = weekly(ben);
        deleteRuns();
        jdbc.sql("update compliance_schedule set recurrence = 'BROKEN' where id = :id").param("id", broken).update();

        ComplianceJobs.Pass pass = jobs.runOnce();

        assertThat(runs.findByScheduleIdOrderByOccurrenceDateAsc(fine)).hasSize(3);
        assertThat(pass.opened()).isEqualTo(3);
        assertThat(log.getOut()).contains("schedule " + broken);
    }

    @Test
    void no_run_is_opened_for_a_deactivated_assignee_and_the_job_says_so(CapturedOutput log) {
        long gone = weekly(anna);
        long fine = weekly(ben);
        deleteRuns();
        jdbc.sql("update app_user set active = false where id = :id").param("id", anna.id()).update();

        jobs.runOnce();

        assertThat(runs.findByScheduleIdOrderByOccurrenceDateAsc(gone)).isEmpty();
        assertThat(runs.findByScheduleIdOrderByOccurrenceDateAsc(fine)).hasSize(3);
        assertThat(log.getOut()).contains("schedule " + gone).contains("deactivated");
    }

    private long weekly(Person assignee) {
        RecurrenceRule rule = new RecurrenceRule(Recurrence.WEEKLY, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                null, LocalDate.parse("2026-06-01"), null);
        return olga.run(() -> schedules.save(new ScheduleData(null, 0, walk, east, assignee.id(), rule, 2, true)))
                .id();
    }

    private void deleteRuns() {
        jdbc.sql("delete from compliance_run").update();
    }
}
