package app.tandem.compliance;

import app.tandem.base.AppReadiness;
import app.tandem.base.ops.JobClaims;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link ComplianceJobs} regularly (every quarter hour by default, {@code tandem.compliance.scheduler.cron}), on
 * one node per due time ({@link JobClaims}). Tests give it a cron that does not fire during a test and call the job
 * themselves.
 */
@Configuration(proxyBeanMethods = false)
class ComplianceScheduler {

    static final String JOB = "compliance-runs";
    static final String CRON = "${tandem.compliance.scheduler.cron:0 */15 * * * *}";

    private final ComplianceJobs jobs;
    private final AppReadiness readiness;
    private final JobClaims claims;
    private final String cron;

    ComplianceScheduler(ComplianceJobs jobs, AppReadiness readiness, JobClaims claims, @Value(CRON) String cron) {
        this.jobs = jobs;
        this.readiness = readiness;
        this.claims = claims;
        this.cron = cron;
    }

    @Scheduled(cron = CRON)
    void run() {
        if (!readiness.ready()) {
            return;
        }
        claims.runDueTurn(JOB, cron, jobs::runOnce);
    }
}
