package app.tandem.performance;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A 1:1 meeting as its page shows it; {@code heldAt} null means it is still open. */
public record MeetingData(long id, long version, long seriesId, long leadId, String leadName, long reportId,
        String reportName, Cadence cadence, LocalDate scheduledDate, @Nullable Instant heldAt,
        @Nullable Long previousMeetingId, @Nullable Long nextMeetingId) {

    public boolean held() {
        return heldAt != null;
    }
}
