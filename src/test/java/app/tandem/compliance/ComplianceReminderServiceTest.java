package app.tandem.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemServiceTest;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

@TandemServiceTest
class ComplianceReminderServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ComplianceReminderService reminders;
    @Autowired
    ChecklistRunService runs;

    ComplianceFixture f;
    long run;

    @BeforeEach
    void setUp() {
        f = ComplianceFixture.in(context);
        run = f.annasRun("2026-06-01");
    }

    @Test
    void nothing_is_due_before_the_last_day_of_the_window() {
        f.clock.advance(Duration.ofDays(2));
        assertThat(f.anna.run(() -> reminders.dueForMe())).isEmpty();
    }

    @Test
    void on_its_due_day_a_run_is_due_soon_for_the_assignee_and_the_teams_supervisor() {
        f.clock.advance(Duration.ofDays(3));

        assertThat(f.anna.run(() -> reminders.dueForMe())).singleElement().satisfies(due -> {
            assertThat(due.runId()).isEqualTo(run);
            assertThat(due.kind()).isEqualTo(DueRun.Kind.DUE_SOON);
            assertThat(due.dueOn()).isEqualTo(LocalDate.parse("2026-06-04"));
            assertThat(due.assignee()).isTrue();
        });
        assertThat(f.sue.run(() -> reminders.dueForMe())).singleElement().satisfies(due -> {
            assertThat(due.assignee()).isFalse();
            assertThat(due.assigneeName()).isEqualTo("Anna");
        });
        assertThat(f.ben.run(() -> reminders.dueForMe())).isEmpty();
    }

    @Test
    void after_its_due_day_an_unsubmitted_run_is_overdue_and_a_submitted_one_is_no_longer_due() {
        f.anna.exec(() -> runs.start(run));
        f.clock.advance(Duration.ofDays(4));
        assertThat(f.anna.run(() -> reminders.dueForMe())).extracting(DueRun::kind)
                .containsExactly(DueRun.Kind.OVERDUE);

        f.annaAnswersAll(run, "PASS", "PASS", "5");
        f.anna.exec(() -> runs.submit(run));
        assertThat(f.anna.run(() -> reminders.dueForMe())).isEmpty();
    }

    @Test
    void only_administrators_ask_for_someone_elses_reminders() {
        f.clock.advance(Duration.ofDays(3));
        assertThat(f.adam.run(() -> reminders.dueFor(f.anna.id()))).hasSize(1);
        assertThatThrownBy(() -> f.sue.run(() -> reminders.dueFor(f.anna.id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
