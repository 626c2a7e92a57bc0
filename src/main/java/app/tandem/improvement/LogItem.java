package app.tandem.improvement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of an item's log, newest first in lists. */
public record LogItem(long id, LogKind kind, @Nullable ItemStatus fromStatus, @Nullable ItemStatus toStatus,
        @Nullable String text, String authorName, Instant loggedAt) {
}
