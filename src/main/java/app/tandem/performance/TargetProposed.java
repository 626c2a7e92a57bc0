package app.tandem.performance;

import app.tandem.base.Notice;
import app.tandem.base.NotificationKind;
import java.util.List;

/** Published when a supervisor proposes a target: the managers decide on it. */
public record TargetProposed(long targetId, String title, List<Long> managerIds, long actorId) implements Notice.Event {

    @Override
    public Notice notice() {
        return new Notice(NotificationKind.APPROVAL_REQUESTED, managerIds, "TARGET", targetId, title, actorId);
    }
}
