package app.tandem.performance;

import java.time.Instant;

/** A formal warning the recipient has not acknowledged yet. */
public record WarningItem(long id, String giverName, Instant givenAt) {
}
