package app.tandem.compliance;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import app.tandem.base.AppReadiness;
import app.tandem.base.ops.JobClaims;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;

/** The run job does not touch runs while the start (and its demo data) is still going on. */
class ComplianceSchedulerTest {

    @Test
    void the_job_skips_its_turn_until_the_application_is_ready_and_runs_after() {
        ComplianceJobs jobs = mock(ComplianceJobs.class);
        AppReadiness readiness = new AppReadiness();
        JobClaims claims = mock(JobClaims.class);
        when(claims.runDueTurn(eq(ComplianceScheduler.JOB), eq("0 */15 * * * *"), any())).thenAnswer(call -> {
            call.<Runnable>getArgument(2).run();
            return true;
        });
        ComplianceScheduler scheduler = new ComplianceScheduler(jobs, readiness, claims, "0 */15 * * * *");

        scheduler.run();
        verifyNoInteractions(jobs);

        org.springframework.test.util.ReflectionTestUtils.invokeMethod(readiness, "onReady",
                new ApplicationReadyEvent(new SpringApplication(), new String[0], new GenericApplicationContext(),
                        Duration.ZERO));
        scheduler.run();
        verify(jobs).runOnce();
    }
}
