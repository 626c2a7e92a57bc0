package app.tandem.performance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An action item from a 1:1 meeting that is mine and not done yet, with the meeting it belongs to. */
public record OpenActionItem(long id, long meetingId, String text, @Nullable LocalDate dueDate) {
}
