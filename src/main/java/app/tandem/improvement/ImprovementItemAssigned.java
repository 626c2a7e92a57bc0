package app.tandem.improvement;

import app.tandem.base.Notice;
import app.tandem.base.NotificationKind;
import java.util.List;

/** Published when an improvement item (a corrective action too) gets an owner other than the one who did it. */
public record ImprovementItemAssigned(long itemId, String title, long ownerId, long actorId) implements Notice.Event {

    @Override
    public Notice notice() {
        return new Notice(NotificationKind.ASSIGNED, List.of(ownerId), ImprovementSearch.ITEM, itemId, title, actorId);
    }
}
