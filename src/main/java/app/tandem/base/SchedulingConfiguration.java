package app.tandem.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the features' scheduled jobs ({@code @Scheduled}), always: every job is idempotent and safe when several
 * app instances share one database, so no instance needs them off. Tests run them too, with schedules whose first
 * turn comes after the test (see the test configuration), and call the jobs themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
