package app.tandem.performance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One piece of feedback as its detail page shows it, with what the reader may do: edit (the giver, not a
 * formal warning, until {@code editableUntil}), acknowledge (the recipient of an unacknowledged warning).
 */
public record FeedbackData(long id, long version, long giverId, String giverName, long recipientId,
        String recipientName, FeedbackType type, FeedbackVisibility visibility, String text,
        @Nullable RecordLink link, Instant givenAt, @Nullable Instant acknowledgedAt, Instant editableUntil,
        boolean mayEdit, boolean mayAcknowledge) {

    public boolean needsAcknowledgement() {
        return type == FeedbackType.FORMAL_WARNING && acknowledgedAt == null;
    }
}
