package app.tandem.performance;

import app.tandem.base.Notice;
import app.tandem.base.NotificationKind;
import java.util.List;

/**
 * Published when feedback is given that its recipient may read (never for MANAGER_ONLY feedback: the recipient must
 * not learn of it). {@code excerpt} is the start of the text.
 */
public record FeedbackGiven(long feedbackId, String excerpt, long recipientId, long giverId) implements Notice.Event {

    @Override
    public Notice notice() {
        return new Notice(NotificationKind.FEEDBACK_RECEIVED, List.of(recipientId), PerformanceWorkService.FEEDBACK,
                feedbackId, excerpt, giverId);
    }
}
