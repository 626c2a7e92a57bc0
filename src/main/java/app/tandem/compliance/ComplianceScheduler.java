package app.tandem.compliance;

import app.tandem.base.AppReadiness;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link ComplianceJobs} regularly (every 15 minutes by default, {@code tandem.compliance.scheduler.interval}).
 * Tests give it a first turn after the test ({@code tandem.compliance.scheduler.initial-delay}) and call the job
 * themselves.
 */
@Configuration(proxyBeanMethods = false)
class ComplianceScheduler {

    private final ComplianceJobs jobs;
    private final AppReadiness readiness;

    ComplianceScheduler(ComplianceJobs jobs, AppReadiness readiness) {
        this.jobs = jobs;
        this.readiness = readiness;
    }

    @Scheduled(initialDelayString = "${tandem.compliance.scheduler.initial-delay:PT20S}",
            fixedDelayString = "${tandem.compliance.scheduler.interval:PT15M}")
    void run() {
        if (!readiness.ready()) {
            return;
        }
        jobs.runOnce();
    }
}
