package app.tandem.improvement;

import app.tandem.base.WorkContributor;
import app.tandem.base.WorkEntry;
import app.tandem.improvement.domain.ImprovementItemRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The improvement log's part of "My work": items I own whose next step is mine, open plan rows I own, and items
 * waiting for my approval (as named approver, or as a manager when no approver is named).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ImprovementWorkService implements WorkContributor {

    static final int LIMIT = 100;
    static final String ITEM = "IMPROVEMENT_ITEM";
    /** Statuses in which the owner takes the next step (a deferred item waits for its revisit date). */
    static final Set<ItemStatus> OWNER_STEP = EnumSet.of(ItemStatus.DRAFT, ItemStatus.APPROVED, ItemStatus.IN_PROGRESS,
            ItemStatus.CHECKING);
    /** Statuses in which the approver takes the next step. */
    static final Set<ItemStatus> APPROVER_STEP = EnumSet.of(ItemStatus.SUBMITTED, ItemStatus.STANDARDISING);
    static final Set<ItemStatus> CLOSED = EnumSet.of(ItemStatus.COMPLETED, ItemStatus.REJECTED);

    private final ImprovementItemRepository items;
    private final ImprovementAccess access;
    private final Clock clock;

    ImprovementWorkService(ImprovementItemRepository items, ImprovementAccess access, Clock clock) {
        this.items = items;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<WorkEntry> myWork() {
        long me = access.me();
        PageRequest first = PageRequest.of(0, LIMIT);
        List<WorkEntry> work = new ArrayList<>();
        items.findOwnedWaiting(me, OWNER_STEP, first).forEach(r -> work.add(new WorkEntry(
                "improvement.item." + r.status().name().toLowerCase(), r.id(), ITEM, r.itemId(), r.title(), r.detail(),
                r.dueDate(), null)));
        items.findOpenActionsOf(me, CLOSED, first).forEach(r -> work.add(new WorkEntry("improvement.action", r.id(),
                ITEM, r.itemId(), r.detail() == null ? r.title() : r.detail(), r.title(), r.dueDate(), null)));
        LocalDate today = LocalDate.now(clock);
        items.findAwaitingApprovalBy(me, access.isManager(), APPROVER_STEP, first).forEach(r -> work.add(
                new WorkEntry("improvement.approval." + r.status().name().toLowerCase(), r.id(), ITEM,
                        r.itemId(), r.title(),
                        r.detail(), null,
                        r.since() == null ? today : r.since().atZone(clock.getZone()).toLocalDate())));
        return work;
    }
}
