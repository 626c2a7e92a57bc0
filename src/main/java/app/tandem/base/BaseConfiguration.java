package app.tandem.base;

import app.tandem.base.db.LiquibaseStartRetry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
class BaseConfiguration {

    /** Nodes that start together on an empty database: the slower one tries the migration again (ADR 0024). */
    @Bean
    static LiquibaseStartRetry liquibaseStartRetry() {
        return new LiquibaseStartRetry(5, Duration.ofSeconds(2));
    }

    /** Domain code takes time from this bean, so tests can control it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DateTimeProvider auditingDateTimeProvider(Clock clock) {
        return () -> Optional.of(clock.instant());
    }

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> Optional.of(currentUsername());
    }

    /** The logged-in user's name, or "system" for work without a user (startup, demo data, schedules). */
    static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() ? auth.getName() : "system";
    }
}
