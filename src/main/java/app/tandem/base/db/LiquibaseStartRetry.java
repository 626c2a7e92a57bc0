package app.tandem.base.db;

import java.time.Duration;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Runs the migration before Spring would, and tries again when it fails: nodes that start together on an empty
 * database race to create Liquibase's own tables before its lock exists ("Table 'DATABASECHANGELOG' already
 * exists" on the slower node). On the next try the tables are there and the lock makes the node wait its turn.
 * Registered by {@code BaseConfiguration} for every database, embedded or external.
 */
public final class LiquibaseStartRetry implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(LiquibaseStartRetry.class);

    private final int attempts;
    private final Duration pause;

    public LiquibaseStartRetry(int attempts, Duration pause) {
        this.attempts = attempts;
        this.pause = pause;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase) {
            migrate(liquibase);
            // done here: Spring's own call to afterPropertiesSet() then has nothing left to do
            liquibase.setShouldRun(false);
        }
        return bean;
    }

    private void migrate(SpringLiquibase liquibase) {
        for (int attempt = 1; ; attempt++) {
            try {
                liquibase.afterPropertiesSet();
                return;
            } catch (LiquibaseException | RuntimeException e) {
                if (attempt >= attempts) {
                    throw new BeanInitializationException("Liquibase failed " + attempts + " times", e);
                }
                log.warn("Liquibase failed (attempt {} of {}), another node may be creating its tables; trying again"
                        + " in {} s: {}", attempt, attempts, pause.toSeconds() * attempt, e.toString());
                sleep(pause.multipliedBy(attempt));
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BeanInitializationException("Interrupted while waiting to retry Liquibase", e);
        }
    }
}
