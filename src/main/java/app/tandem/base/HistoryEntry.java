package app.tandem.base;

import java.time.Instant;

/**
 * One changed field of one revision of a record: who changed it, when, and from what to what.
 * {@code kind} is CREATED, CHANGED or DELETED.
 */
public record HistoryEntry(long revision, Instant changedAt, String changedBy, Kind kind, String field,
        String from, String to) {

    public enum Kind {
        CREATED, CHANGED, DELETED
    }
}
