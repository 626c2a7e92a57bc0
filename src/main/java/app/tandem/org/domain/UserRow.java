package app.tandem.org.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What the users list reads in one query; roles and "locked" are added by the service. */
public record UserRow(long id, String username, String displayName, @Nullable String email,
        @Nullable String teamName, boolean active, @Nullable Instant lockedUntil) {
}
