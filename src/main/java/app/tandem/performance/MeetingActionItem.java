package app.tandem.performance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An action item agreed in a 1:1: what, which of the two does it, by when, and whether it is done. */
public record MeetingActionItem(long id, long version, String text, long ownerId, String ownerName,
        @Nullable LocalDate dueDate, boolean done) {
}
