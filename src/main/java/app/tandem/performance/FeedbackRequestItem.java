package app.tandem.performance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A feedback request: who asked whom for feedback on what, and what became of it. */
public record FeedbackRequestItem(long id, long requesterId, String requesterName, long askedId, String askedName,
        String subject, @Nullable RecordLinkType linkType, @Nullable Long linkId, @Nullable String linkLabel,
        FeedbackRequestStatus status, @Nullable String declineReason, Instant requestedAt,
        @Nullable Instant closedAt) {

    public @Nullable RecordLink link() {
        return linkType == null || linkId == null ? null
                : new RecordLink(linkType, linkId, linkLabel == null ? "" : linkLabel);
    }
}
