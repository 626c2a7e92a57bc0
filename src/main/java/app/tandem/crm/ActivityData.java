package app.tandem.crm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** An activity as a form creates it or a list shows it. */
public record ActivityData(@Nullable Long id, long version, ActivityType type, String subject,
        @Nullable String details, LocalDateTime dueAt, @Nullable Integer durationMinutes, ActivityStatus status,
        long accountId, @Nullable Long contactId, @Nullable Long dealId, long ownerId, Recurrence recurrence,
        @Nullable LocalDate recurUntil) {
}
