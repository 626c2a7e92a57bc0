package app.tandem.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import app.tandem.performance.PerformanceService;
import app.tandem.performance.Scorecard;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The scorecard's checklist on-time rate: runs due in the period, submitted by their due date. */
@TandemServiceTest
class ChecklistOnTimeScorecardTest {

    static final Period JUNE = new Period(PeriodType.MONTH, LocalDate.parse("2026-06-01"));

    @Autowired
    ApplicationContext context;
    @Autowired
    ChecklistRunService runs;
    @Autowired
    PerformanceService performance;

    @Test
    void a_run_submitted_in_time_counts_a_late_one_does_not_and_runs_not_yet_due_wait() {
        ComplianceFixture f = ComplianceFixture.in(context);
        long first = f.annasRun("2026-06-01");
        f.annaAnswersAll(first, "PASS", "PASS", "5");
        f.anna.run(() -> runs.submit(first));

        Scorecard onTime = f.max.run(() -> performance.scorecard(f.anna.id(), JUNE));
        assertThat(onTime.checklistsDue()).as("later runs are not due yet").isEqualTo(1);
        assertThat(onTime.checklistsOnTime()).isEqualTo(1);
        assertThat(onTime.checklistOnTimeRate()).isEqualTo(1.0);

        f.clock.advance(Duration.ofDays(19));
        long second = f.annasRun("2026-06-08");
        f.annaAnswersAll(second, "PASS", "PASS", "5");
        f.anna.run(() -> runs.submit(second));

        Scorecard late = f.max.run(() -> performance.scorecard(f.anna.id(), JUNE));
        assertThat(late.checklistsOnTime()).as("the second run was submitted after its due date").isEqualTo(1);
        assertThat(late.checklistsDue()).as("the first two, and any others due before today").isGreaterThanOrEqualTo(2);
        assertThat(late.checklistOnTimeRate()).isLessThan(1.0);
        assertThat(f.sue.run(() -> performance.scorecard(f.anna.id(), JUNE)).checklistsDue())
                .as("her supervisor sees the same figures").isEqualTo(late.checklistsDue());
    }
}
