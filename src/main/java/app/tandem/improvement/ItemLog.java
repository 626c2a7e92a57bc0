package app.tandem.improvement;

import app.tandem.improvement.domain.ImprovementItem;
import app.tandem.improvement.domain.ImprovementItemRepository;
import app.tandem.improvement.domain.LogEntry;
import app.tandem.improvement.domain.LogEntryRepository;
import app.tandem.org.UserRef;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes what happened to an item into its log, as the logged-in user at the clock's time, and tells the people
 * it concerns (its new owner, its approvers); runs in the calling service's transaction.
 */
@Component
class ItemLog {

    private final LogEntryRepository log;
    private final ImprovementItemRepository items;
    private final ImprovementAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ItemLog(LogEntryRepository log, ImprovementItemRepository items, ImprovementAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.log = log;
        this.items = items;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    void status(long itemId, @Nullable ItemStatus from, ItemStatus to, @Nullable String note) {
        log.save(LogEntry.statusChange(itemId, from, to, note, access.me(), access.myName(), clock.instant()));
    }

    void comment(long itemId, String text) {
        log.save(LogEntry.comment(itemId, text, access.me(), access.myName(), clock.instant()));
    }

    void impact(long itemId, String note) {
        log.save(LogEntry.impactChange(itemId, note, access.me(), access.myName(), clock.instant()));
    }

    /** Tells the item's owner, unless that is the user who made them owner. */
    void assigned(ImprovementItem item) {
        if (item.getOwnerId() != access.me()) {
            events.publishEvent(new ImprovementItemAssigned(item.getId(), item.getTitle(), item.getOwnerId(),
                    access.me()));
        }
    }

    /** Its approver decides; without one, any active manager or administrator may. */
    void approvalRequested(ImprovementItem item) {
        List<Long> approvers = item.getApproverId() != null ? List.of(item.getApproverId())
                : items.approvers().stream().map(UserRef::id).toList();
        events.publishEvent(new ImprovementApprovalRequested(item.getId(), item.getTitle(), approvers, access.me()));
    }
}
