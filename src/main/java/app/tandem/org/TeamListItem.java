package app.tandem.org;

import org.jspecify.annotations.Nullable;

/** A row of the teams list; {@code memberCount} counts active members. */
public record TeamListItem(long id, String name, TeamKind kind, @Nullable String supervisorName, long memberCount) {
}
