package app.tandem.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the features' scheduled jobs ({@code @Scheduled}). Every job must be idempotent and safe when two app
 * instances share one database. Tests switch it off ({@code tandem.scheduling.enabled=false}) and call the jobs
 * themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "tandem.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {
}
