package app.tandem.base.ops;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Scheduled jobs on N nodes over one database: every node's scheduler fires at each due time of a job's cron, and
 * only the node that inserts the row (job, due time) into {@code scheduled_job_run} runs it. A plain INSERT on the
 * primary key: on one server the second insert finds the key taken, on Galera the later commit fails certification
 * (a deadlock error); either way that node skips the turn (ADR 0024).
 */
@Component
public class JobClaims {

    /** How early a scheduler may fire and still count as this due time (clocks and timers are never exact). */
    static final Duration EARLY = Duration.ofMillis(500);
    /** Claims older than this are deleted by the node that claims the job's next turn. */
    static final Duration KEEP = Duration.ofDays(30);
    private static final List<Duration> LOOK_BACK = List.of(Duration.ofMinutes(2), Duration.ofHours(2),
            Duration.ofDays(2), Duration.ofDays(400));
    private static final Logger log = LoggerFactory.getLogger(JobClaims.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;

    JobClaims(JdbcTemplate jdbc, Clock clock, @Value("${tandem.node-name:}") String node) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : node;
    }

    /** This node's name in the claims ({@code tandem.node-name}, else pid@host). */
    public String node() {
        return node;
    }

    /**
     * Runs the job's turn that is due now by its cron, if this node claims it; returns whether it ran here. A turn
     * another node claimed, or a cron with no time in the last 400 days, is skipped.
     */
    public boolean runDueTurn(String job, String cron, Runnable work) {
        Instant dueAt = dueAt(CronExpression.parse(cron), clock.instant());
        if (dueAt == null) {
            log.warn("Scheduled job {} fired, but its cron '{}' names no time before now: skipped", job, cron);
            return false;
        }
        return runOnce(job, dueAt, work);
    }

    /** Runs the work for this due time of the job if this node claims it first; returns whether it ran here. */
    public boolean runOnce(String job, Instant dueAt, Runnable work) {
        if (!claim(job, dueAt)) {
            log.debug("Scheduled job {} due {}: claimed by another node, skipped", job, dueAt);
            return false;
        }
        log.debug("Scheduled job {} due {}: ran here", job, dueAt);
        try {
            work.run();
            finish(job, dueAt, "OK");
            return true;
        } catch (RuntimeException e) {
            finish(job, dueAt, "FAILED");
            throw e;
        }
    }

    /** The latest time of the cron at or before now (a little early counts: {@link #EARLY}); null when none. */
    static @Nullable Instant dueAt(CronExpression cron, Instant now) {
        LocalDateTime latest = LocalDateTime.ofInstant(now.plus(EARLY), ZoneOffset.UTC);
        for (Duration back : LOOK_BACK) {
            LocalDateTime due = cron.next(latest.minus(back));
            if (due == null || due.isAfter(latest)) {
                continue;
            }
            for (LocalDateTime next = cron.next(due); next != null && !next.isAfter(latest); next = cron.next(due)) {
                due = next;
            }
            return due.toInstant(ZoneOffset.UTC);
        }
        return null;
    }

    /**
     * Waits until this node holds the one-off turn (job, due time) or another node has finished it; true when this
     * node holds it and must do the work (then {@link #finished}). A turn claimed longer than {@code takeOverAfter}
     * ago and never finished (its node died) is taken over with a conditional UPDATE.
     */
    public boolean claimOrAwait(String job, Instant dueAt, Duration takeOverAfter, Duration poll)
            throws InterruptedException {
        while (true) {
            if (claim(job, dueAt)) {
                return true;
            }
            @Nullable LocalDateTime finishedAt = jdbc.query("SELECT finished_at FROM scheduled_job_run"
                    + " WHERE job_name = ? AND due_at = ?", rs -> rs.next()
                            ? rs.getObject(1, LocalDateTime.class) : null, job, second(dueAt));
            if (finishedAt != null) {
                return false;
            }
            int taken = jdbc.update("UPDATE scheduled_job_run SET node = ?, claimed_at = ? WHERE job_name = ?"
                    + " AND due_at = ? AND finished_at IS NULL AND claimed_at < ?", node, timestamp(clock.instant()),
                    job, second(dueAt), timestamp(clock.instant().minus(takeOverAfter)));
            if (taken == 1) {
                log.warn("{} was claimed over {} ago and never finished: this node takes it over", job, takeOverAfter);
                return true;
            }
            Thread.sleep(poll.toMillis());
        }
    }

    /** Marks the turn this node claimed as done. */
    public void finished(String job, Instant dueAt) {
        finish(job, dueAt, "OK");
    }

    private boolean claim(String job, Instant dueAt) {
        Instant now = clock.instant();
        try {
            // IGNORE: a duplicate key (claimed already) is the expected answer, not an error worth a driver warning
            if (jdbc.update("INSERT IGNORE INTO scheduled_job_run (job_name, due_at, node, claimed_at)"
                    + " VALUES (?, ?, ?, ?)", job, second(dueAt), node, timestamp(now)) == 0) {
                return false;
            }
        } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
            return false;
        }
        try {
            jdbc.update("DELETE FROM scheduled_job_run WHERE job_name = ? AND due_at < ?", job,
                    timestamp(dueAt.minus(KEEP)));
        } catch (DataAccessException e) {
            log.debug("Old claims of {} not deleted this time: {}", job, e.toString());
        }
        return true;
    }

    private void finish(String job, Instant dueAt, String outcome) {
        try {
            jdbc.update("UPDATE scheduled_job_run SET finished_at = ?, outcome = ? WHERE job_name = ? AND due_at = ?",
                    timestamp(clock.instant()), outcome, job, second(dueAt));
        } catch (DataAccessException e) {
            log.warn("Scheduled job {} due {} {}, but its claim row was not updated: {}", job, dueAt, outcome,
                    e.toString());
        }
    }

    private static LocalDateTime second(Instant dueAt) {
        return timestamp(dueAt.truncatedTo(ChronoUnit.SECONDS));
    }

    private static LocalDateTime timestamp(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
