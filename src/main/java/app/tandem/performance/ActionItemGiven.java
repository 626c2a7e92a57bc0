package app.tandem.performance;

import app.tandem.base.Notice;
import app.tandem.base.NotificationKind;
import java.util.List;

/** Published when a 1:1 action item is given to a participant other than the one who wrote it down. */
public record ActionItemGiven(long meetingId, String text, long ownerId, long actorId) implements Notice.Event {

    @Override
    public Notice notice() {
        return new Notice(NotificationKind.ASSIGNED, List.of(ownerId), PerformanceWorkService.MEETING,
                meetingId, text, actorId);
    }
}
