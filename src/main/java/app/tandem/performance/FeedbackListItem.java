package app.tandem.performance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of the feedback lists and the team log. */
public record FeedbackListItem(long id, FeedbackType type, FeedbackVisibility visibility, String text,
        long giverId, String giverName, long recipientId, String recipientName, @Nullable String teamName,
        Instant givenAt, @Nullable Instant acknowledgedAt, @Nullable RecordLinkType linkType, @Nullable Long linkId,
        @Nullable String linkLabel) {

    public @Nullable RecordLink link() {
        return linkType == null || linkId == null ? null
                : new RecordLink(linkType, linkId, linkLabel == null ? "" : linkLabel);
    }

    public boolean needsAcknowledgement() {
        return type == FeedbackType.FORMAL_WARNING && acknowledgedAt == null;
    }
}
