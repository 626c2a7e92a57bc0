package app.tandem.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the features' scheduled jobs ({@code @Scheduled}), always; each due time of a job runs on one node only
 * ({@link app.tandem.base.ops.JobClaims}, ADR 0024), and every job is idempotent besides, safe when several
 * app instances share one database, so no instance needs them off. Tests run them too, with schedules whose first
 * turn comes after the test (see the test configuration), and call the jobs themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
