package app.tandem.improvement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of the implementation plan: what, who (a user id), by when, done. */
public record ActionRow(@Nullable Long id, long version, String what, @Nullable Long ownerId,
        @Nullable LocalDate dueDate, boolean done) {
}
