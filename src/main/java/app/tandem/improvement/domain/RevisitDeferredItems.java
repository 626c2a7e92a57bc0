package app.tandem.improvement.domain;

import app.tandem.base.AppReadiness;
import app.tandem.improvement.ItemStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings deferred items back: once an item's revisit date has come it returns to SUBMITTED, so it is in its
 * approver's queue again, with a log entry saying why. Runs every hour; idempotent, and safe with two app
 * instances (each item is changed under its version, so the second instance's attempt fails and is skipped).
 */
@Component
public class RevisitDeferredItems {

    private static final Logger log = LoggerFactory.getLogger(RevisitDeferredItems.class);

    private final ImprovementItemRepository items;
    private final LogEntryRepository entries;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AppReadiness readiness;

    RevisitDeferredItems(ImprovementItemRepository items, LogEntryRepository entries, Clock clock,
            PlatformTransactionManager transactions, AppReadiness readiness) {
        this.readiness = readiness;
        this.items = items;
        this.entries = entries;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${tandem.improvement.revisit-cron:0 7 * * * *}")
    void hourly() {
        if (!readiness.ready()) {
            return;
        }
        int returned = returnDueItems();
        if (returned > 0) {
            log.info("{} deferred improvement item(s) returned for review", returned);
        }
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
