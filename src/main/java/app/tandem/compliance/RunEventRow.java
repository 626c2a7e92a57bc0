package app.tandem.compliance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of a run's history. */
public record RunEventRow(long id, RunEventKind kind, @Nullable String text, String actorName, Instant happenedAt,
        boolean superseded) {
}
