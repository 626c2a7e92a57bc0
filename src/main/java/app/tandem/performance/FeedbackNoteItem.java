package app.tandem.performance;

import java.time.Instant;

/** A follow-up note under a piece of feedback; notes are only ever added, never changed. */
public record FeedbackNoteItem(long id, String authorName, String text, Instant writtenAt) {
}
