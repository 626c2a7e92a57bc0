package app.tandem.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemServiceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The tests run the application users get: the scheduled jobs are scheduled, only not due during a test. */
@TandemServiceTest
class ScheduledJobsTest {

    @Autowired
    List<ScheduledTaskHolder> holders;

    @Test
    void the_tested_application_schedules_every_job_production_schedules() {
        List<String> jobs = holders.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::toString).toList();

        assertThat(jobs).anyMatch(job -> job.contains("ComplianceScheduler.run"))
                .anyMatch(job -> job.contains("NotificationJobs$Schedule.run"))
                .anyMatch(job -> job.contains("RevisitDeferredItems.hourly"));
    }
}
