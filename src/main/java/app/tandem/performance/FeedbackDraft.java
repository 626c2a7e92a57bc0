package app.tandem.performance;

import org.jspecify.annotations.Nullable;

/**
 * Feedback as the give and edit forms fill it. {@code requestId} answers a feedback request (the recipient
 * is then the one who asked). Kept: it is the record {@code give} and {@code update} take, not a form's bean.
 */
public record FeedbackDraft(long recipientId, FeedbackType type, FeedbackVisibility visibility, String text,
        @Nullable RecordLink link, @Nullable Long requestId) {

    public FeedbackDraft(long recipientId, FeedbackType type, FeedbackVisibility visibility, String text) {
        this(recipientId, type, visibility, text, null, null);
    }
}
