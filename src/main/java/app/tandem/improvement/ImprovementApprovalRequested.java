package app.tandem.improvement;

import app.tandem.base.Notice;
import app.tandem.base.NotificationKind;
import java.util.List;

/**
 * Published when an item is SUBMITTED and waits for a decision: to its approver, or to every active manager and
 * administrator (the people who may approve) when it has none.
 */
public record ImprovementApprovalRequested(long itemId, String title, List<Long> approverIds, long actorId)
        implements Notice.Event {

    @Override
    public Notice notice() {
        return new Notice(NotificationKind.APPROVAL_REQUESTED, approverIds, ImprovementSearch.ITEM,
                itemId, title, actorId);
    }
}
