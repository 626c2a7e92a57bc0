package app.tandem.improvement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PDCA lifecycle of an improvement item as an explicit state machine: each status lists the statuses it
 * may move to and who may take that step. DRAFT → SUBMITTED → APPROVED (Plan) → IN_PROGRESS (Do) → CHECKING
 * (Check) → STANDARDISING (Act) → COMPLETED; REJECTED (needs a reason) and DEFERRED (needs a revisit date)
 * on the way. Overdue is not a status: it is derived from the due date.
 */
public enum ItemStatus {
    DRAFT, SUBMITTED, APPROVED, IN_PROGRESS, CHECKING, STANDARDISING, COMPLETED, REJECTED, DEFERRED;

    private static final Map<ItemStatus, Map<ItemStatus, TransitionActor>> TRANSITIONS = new EnumMap<>(
            ItemStatus.class);

    static {
        allow(DRAFT, SUBMITTED, TransitionActor.OWNER);
        allow(SUBMITTED, APPROVED, TransitionActor.APPROVER);
        allow(SUBMITTED, REJECTED, TransitionActor.APPROVER);
        allow(SUBMITTED, DEFERRED, TransitionActor.APPROVER);
        allow(APPROVED, IN_PROGRESS, TransitionActor.OWNER);
        allow(APPROVED, DEFERRED, TransitionActor.APPROVER);
        allow(IN_PROGRESS, CHECKING, TransitionActor.OWNER);
        allow(IN_PROGRESS, DEFERRED, TransitionActor.APPROVER);
        allow(CHECKING, STANDARDISING, TransitionActor.OWNER);
        allow(CHECKING, IN_PROGRESS, TransitionActor.OWNER);
        allow(STANDARDISING, COMPLETED, TransitionActor.APPROVER);
        allow(STANDARDISING, CHECKING, TransitionActor.OWNER);
        allow(DEFERRED, SUBMITTED, TransitionActor.OWNER);
    }

    private static void allow(ItemStatus from, ItemStatus to, TransitionActor actor) {
        TRANSITIONS.computeIfAbsent(from, s -> new EnumMap<>(ItemStatus.class)).put(to, actor);
    }

    /** Who may move an item from this status to the target; empty when that transition does not exist. */
    public Optional<TransitionActor> actorFor(ItemStatus target) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(this, Map.of()).get(target));
    }

    public Set<ItemStatus> next() {
        return Collections.unmodifiableSet(TRANSITIONS.getOrDefault(this, Map.of()).keySet());
    }

    /** Completed and rejected items are closed: never overdue, no further steps. */
    public boolean isClosed() {
        return this == COMPLETED || this == REJECTED;
    }

    public static Set<ItemStatus> closed() {
        return Set.of(COMPLETED, REJECTED);
    }
}
