package app.tandem.compliance;

import app.tandem.base.AppReadiness;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link ComplianceJobs} regularly (every 15 minutes by default, {@code tandem.compliance.scheduler.interval});
 * off with {@code tandem.compliance.scheduler.enabled=false}, as in the tests, which call the job themselves. It
 * runs only while scheduling as a whole is on ({@code tandem.scheduling.enabled}, see the base package).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tandem.compliance.scheduler.enabled", havingValue = "true", matchIfMissing = true)
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
