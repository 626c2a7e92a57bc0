package app.tandem.performance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One of my 1:1 series: with whom ({@code lead}: I lead it, the other is my report), how often, the next
 * (open) meeting and when the last one was held.
 */
public record SeriesItem(long id, long partnerId, String partnerName, boolean lead, Cadence cadence,
        @Nullable Long nextMeetingId, @Nullable LocalDate nextDate, @Nullable LocalDate lastHeld) {
}
