package app.tandem.performance;

import app.tandem.base.Notice;
import app.tandem.base.NotificationKind;
import java.util.List;

/** Published when someone asks a colleague ({@code askedId}) for feedback on a subject. */
public record FeedbackRequested(long requestId, String subject, long askedId, long requesterId)
        implements Notice.Event {

    @Override
    public Notice notice() {
        return new Notice(NotificationKind.FEEDBACK_REQUESTED, List.of(askedId),
                PerformanceWorkService.FEEDBACK_REQUEST, requestId, subject, requesterId);
    }
}
