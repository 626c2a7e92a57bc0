package app.tandem.compliance;

import app.tandem.compliance.domain.ChecklistScheduleRepository;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The compliance background work, one pass: open the runs every active schedule needs and mark the runs never
 * started MISSED after their window. Safe to run repeatedly and from several app instances at once; a schedule
 * whose insert lost a lock race to another instance is simply tried again.
 */
@Component
public class ComplianceJobs {

    /** What one pass did. */
    public record Pass(int opened, int missed) {
    }

    private static final Logger log = LoggerFactory.getLogger(ComplianceJobs.class);
    private static final int ATTEMPTS = 3;

    private final RunGenerator generator;
    private final ChecklistScheduleRepository schedules;
    private final Clock clock;

    ComplianceJobs(RunGenerator generator, ChecklistScheduleRepository schedules, Clock clock) {
        this.generator = generator;
        this.schedules = schedules;
        this.clock = clock;
    }

    public Pass runOnce() {
        LocalDate today = LocalDate.now(clock);
        int opened = 0;
        for (long scheduleId : schedules.activeIds()) {
            try {
                opened += openWithRetry(scheduleId, today);
            } catch (RuntimeException e) {
                // one broken schedule must not keep the others' runs from opening
                log.warn("Could not open the runs of schedule {}: {}", scheduleId, e.toString());
            }
        }
        int missed = generator.markMissed(today);
        if (opened > 0 || missed > 0) {
            log.info("Compliance runs: {} opened, {} marked missed", opened, missed);
        }
        return new Pass(opened, missed);
    }

    private int openWithRetry(long scheduleId, LocalDate today) {
        for (int attempt = 1; ; attempt++) {
            try {
                return generator.openRuns(scheduleId, today);
            } catch (PessimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    log.warn("Could not open the runs of schedule {} this time: {}", scheduleId, e.getMessage());
                    return 0;
                }
            }
        }
    }
}
