package app.tandem.improvement.domain;

import app.tandem.base.AppReadiness;
import app.tandem.base.ops.JobClaims;
import app.tandem.improvement.ItemStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings deferred items back: once an item's revisit date has come it returns to SUBMITTED, so it is in its
 * approver's queue again, with a log entry saying why. Runs every hour on one node per due time ({@link JobClaims});
 * idempotent besides (each item is changed under its version, so a concurrent change fails and is skipped).
 */
@Component
public class RevisitDeferredItems {

    static final String JOB = "revisit-deferred-items";
    static final String CRON = "${tandem.improvement.revisit-cron:0 7 * * * *}";
    private static final Logger log = LoggerFactory.getLogger(RevisitDeferredItems.class);

    private final ImprovementItemRepository items;
    private final LogEntryRepository entries;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AppReadiness readiness;
    private final JobClaims claims;
    private final String cron;

    RevisitDeferredItems(ImprovementItemRepository items, LogEntryRepository entries, Clock clock,
            PlatformTransactionManager transactions, AppReadiness readiness, JobClaims claims,
            @Value(CRON) String cron) {
        this.readiness = readiness;
        this.claims = claims;
        this.cron = cron;
        this.items = items;
        this.entries = entries;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = CRON)
    void hourly() {
        if (!readiness.ready()) {
            return;
        }
        claims.runDueTurn(JOB, cron, () -> {
            int returned = returnDueItems();
            if (returned > 0) {
                log.info("{} deferred improvement item(s) returned for review", returned);
            }
        });
    }

    /** Returns every deferred item whose revisit date is today or earlier to SUBMITTED; how many it returned. */
    public int returnDueItems() {
        LocalDate today = LocalDate.now(clock);
        List<Long> due = items.findDeferredDue(today);
        int returned = 0;
        for (long id : due) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> returnItem(id, today)))) {
                    returned++;
                }
            } catch (OptimisticLockingFailureException e) {
                log.debug("Deferred item {} was changed meanwhile (another instance?): skipped", id);
            }
        }
        return returned;
    }

    private boolean returnItem(long id, LocalDate today) {
        ImprovementItem item = items.findById(id).orElse(null);
        if (item == null || item.getStatus() != ItemStatus.DEFERRED || item.getRevisitDate() == null
                || item.getRevisitDate().isAfter(today)) {
            return false;
        }
        String note = "improvement.log.revisit-due|" + item.getRevisitDate();
        item.moveTo(ItemStatus.SUBMITTED, null, null, today);
        items.saveAndFlush(item);
        entries.save(LogEntry.statusChange(id, ItemStatus.DEFERRED, ItemStatus.SUBMITTED, note, null, "Tandem",
                clock.instant()));
        return true;
    }
}
