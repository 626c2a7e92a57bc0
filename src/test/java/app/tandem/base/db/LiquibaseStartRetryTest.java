package app.tandem.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanInitializationException;

/** A node that loses the race for Liquibase's own tables on an empty database tries again instead of stopping. */
class LiquibaseStartRetryTest {

    /** Fails as the slower of two nodes did in the two-node test, a given number of times, then migrates. */
    static final class RacingLiquibase extends SpringLiquibase {
        int failures;
        int runs;

        RacingLiquibase(int failures) {
            this.failures = failures;
        }

        boolean willRun() {
            return shouldRun;
        }

        @Override
        public void afterPropertiesSet() throws LiquibaseException {
            runs++;
            if (shouldRun && failures-- > 0) {
                throw new LiquibaseException("Table 'DATABASECHANGELOG' already exists");
            }
        }
    }

    @Test
    void the_node_that_loses_the_race_migrates_on_the_next_try_and_spring_does_not_run_it_again()
            throws LiquibaseException {
        RacingLiquibase liquibase = new RacingLiquibase(1);

        new LiquibaseStartRetry(3, Duration.ZERO).postProcessBeforeInitialization(liquibase, "liquibase");
        int runsBeforeSpring = liquibase.runs;
        liquibase.afterPropertiesSet();

        assertThat(runsBeforeSpring).isEqualTo(2);
        assertThat(liquibase.willRun()).as("Spring's own call has nothing left to do").isFalse();
    }

    @Test
    void a_migration_that_keeps_failing_still_stops_the_start() {
        RacingLiquibase liquibase = new RacingLiquibase(Integer.MAX_VALUE);

        assertThatThrownBy(() -> new LiquibaseStartRetry(3, Duration.ZERO)
                .postProcessBeforeInitialization(liquibase, "liquibase"))
                .isInstanceOf(BeanInitializationException.class).hasMessageContaining("3 times");
        assertThat(liquibase.runs).isEqualTo(3);
    }
}
