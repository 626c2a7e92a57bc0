package app.tandem.base.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.MutableClock;
import app.tandem.TandemServiceTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.CronExpression;

/** Scheduled jobs on two nodes over one database: each due time of a job runs on one node only. */
@TandemServiceTest
class JobClaimsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    JobClaims claims;
    @Autowired
    List<ScheduledTaskHolder> schedulers;

    @Test
    void two_nodes_firing_at_the_same_due_times_run_each_turn_once() throws Exception {
        JobClaims nodeA = new JobClaims(jdbc, clock, "node-a");
        JobClaims nodeB = new JobClaims(jdbc, clock, "node-b");
        AtomicInteger runs = new AtomicInteger();
        Instant first = Instant.parse("2026-03-02T09:00:00Z");
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int turn = 0; turn < 20; turn++) {
                Instant due = first.plusSeconds(900L * turn);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> fired = new ArrayList<>();
                for (JobClaims node : List.of(nodeA, nodeB)) {
                    Callable<Boolean> fire = () -> {
                        start.await();
                        return node.runOnce("two-nodes", due, runs::incrementAndGet);
                    };
                    fired.add(pool.submit(fire));
                }
                start.countDown();
                assertThat(fired.get(0).get() ^ fired.get(1).get()).as("exactly one node ran turn %s", due).isTrue();
            }
        }
        assertThat(runs).hasValue(20);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_job_run WHERE job_name = 'two-nodes'"
                + " AND outcome = 'OK' AND finished_at IS NOT NULL", Integer.class)).isEqualTo(20);
    }

    @Test
    void a_node_that_fires_late_for_a_turn_already_run_skips_it() {
        AtomicInteger runs = new AtomicInteger();
        clock.setInstant(Instant.parse("2026-03-02T09:15:00.020Z"));
        new JobClaims(jdbc, clock, "node-a").runDueTurn("late", "0 */15 * * * *", runs::incrementAndGet);
        clock.setInstant(Instant.parse("2026-03-02T09:15:04Z"));

        boolean ran = new JobClaims(jdbc, clock, "node-b").runDueTurn("late", "0 */15 * * * *",
                runs::incrementAndGet);

        assertThat(ran).isFalse();
        assertThat(runs).hasValue(1);
        assertThat(jdbc.queryForObject("SELECT node FROM scheduled_job_run WHERE job_name = 'late'", String.class))
                .isEqualTo("node-a");
    }

    @Test
    void the_due_time_is_the_cron_time_the_timer_fired_for_a_little_early_or_late() {
        CronExpression quarterHours = CronExpression.parse("0 */15 * * * *");
        CronExpression hourly = CronExpression.parse("0 7 * * * *");

        assertThat(JobClaims.dueAt(quarterHours, Instant.parse("2026-03-02T09:15:00.003Z")))
                .isEqualTo("2026-03-02T09:15:00Z");
        assertThat(JobClaims.dueAt(quarterHours, Instant.parse("2026-03-02T09:14:59.800Z")))
                .isEqualTo("2026-03-02T09:15:00Z");
        assertThat(JobClaims.dueAt(quarterHours, Instant.parse("2026-03-02T09:17:30Z")))
                .isEqualTo("2026-03-02T09:15:00Z");
        assertThat(JobClaims.dueAt(hourly, Instant.parse("2026-03-02T09:50:00Z"))).isEqualTo("2026-03-02T09:07:00Z");
        assertThat(JobClaims.dueAt(CronExpression.parse("0 0 3 1 1 *"), Instant.parse("2026-03-02T09:50:00Z")))
                .isEqualTo("2026-01-01T03:00:00Z");
    }

    @Test
    void a_failed_turn_is_recorded_and_not_run_again_by_the_other_node() {
        Instant due = Instant.parse("2026-03-02T10:00:00Z");
        assertThatThrownBy(() -> new JobClaims(jdbc, clock, "node-a").runOnce("failing", due, () -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");

        boolean ran = new JobClaims(jdbc, clock, "node-b").runOnce("failing", due, () -> { });

        assertThat(ran).isFalse();
        assertThat(jdbc.queryForMap("SELECT node, outcome FROM scheduled_job_run WHERE job_name = 'failing'"))
                .isEqualTo(Map.of("node", "node-a", "outcome", "FAILED"));
    }

    @Test
    void every_scheduled_job_claims_its_turn_so_a_second_firing_for_the_same_due_time_does_nothing() {
        List<ScheduledTask> tasks = schedulers.stream().flatMap(s -> s.getScheduledTasks().stream()).toList();
        assertThat(tasks).isNotEmpty();

        for (ScheduledTask task : tasks) {
            task.getTask().getRunnable().run();
            task.getTask().getRunnable().run();
        }

        // one claim row per job: every @Scheduled method goes through JobClaims, and ran once for its due time
        assertThat(jdbc.queryForList("SELECT job_name FROM scheduled_job_run WHERE node = ?", String.class,
                claims.node())).doesNotHaveDuplicates().hasSize(tasks.size());
    }
}
