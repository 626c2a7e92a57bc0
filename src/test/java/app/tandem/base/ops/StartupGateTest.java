package app.tandem.base.ops;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two nodes started together on an empty database: one writes the start-up data, the other waits for it. */
@TandemServiceTest
class StartupGateTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void the_second_node_waits_until_the_first_has_written_the_start_up_data_then_writes_nothing() throws Exception {
        StartupGate nodeA = new StartupGate(new JobClaims(jdbc, clock, "node-a"));
        StartupGate nodeB = new StartupGate(new JobClaims(jdbc, clock, "node-b"));

        assertThat(nodeA.enter()).isTrue();
        CompletableFuture<Boolean> bEnters = CompletableFuture.supplyAsync(() -> {
            try {
                return nodeB.enter();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(1500);
        assertThat(bEnters).isNotDone();

        nodeA.leave();

        assertThat(bEnters.get(10, TimeUnit.SECONDS)).isFalse();
        nodeB.leave();
        assertThat(jdbc.queryForObject("SELECT node FROM scheduled_job_run WHERE job_name = ?", String.class,
                StartupGate.JOB)).isEqualTo("node-a");
    }

    @Test
    void a_node_that_died_while_writing_the_start_up_data_is_taken_over_by_the_next() throws Exception {
        StartupGate died = new StartupGate(new JobClaims(jdbc, clock, "node-a"));
        assertThat(died.enter()).isTrue();
        clock.advance(StartupGate.TAKE_OVER_AFTER.plus(Duration.ofSeconds(1)));

        boolean next = new StartupGate(new JobClaims(jdbc, clock, "node-b")).enter();

        assertThat(next).isTrue();
        assertThat(jdbc.queryForObject("SELECT node FROM scheduled_job_run WHERE job_name = ?", String.class,
                StartupGate.JOB)).isEqualTo("node-b");
    }
}
