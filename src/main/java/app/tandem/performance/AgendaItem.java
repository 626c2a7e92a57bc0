package app.tandem.performance;

import java.time.LocalDate;

/** An upcoming (not yet held) 1:1 meeting of mine with talking points still open. */
public record AgendaItem(long meetingId, LocalDate scheduledDate, String otherName, long openPoints) {
}
