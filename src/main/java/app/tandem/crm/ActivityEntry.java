package app.tandem.crm;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an account's or a deal's activity timeline. The contact's and the deal's name are null when the
 * reader may not see that record; {@code editable} says whether the reader may complete or cancel it, and
 * {@code overdue} that it is planned and was due before today.
 */
public record ActivityEntry(long id, ActivityType type, String subject, @Nullable String details, LocalDateTime dueAt,
        @Nullable Integer durationMinutes, ActivityStatus status, long ownerId, String ownerName,
        @Nullable Long teamId, @Nullable Long contactId, @Nullable String contactName, @Nullable Long dealId,
        @Nullable String dealName, Recurrence recurrence, boolean editable, boolean overdue) {

    /** As the timeline query reads it; whether the reader may change it and whether it is overdue: the service's. */
    public ActivityEntry(long id, ActivityType type, String subject, @Nullable String details, LocalDateTime dueAt,
            @Nullable Integer durationMinutes, ActivityStatus status, long ownerId, String ownerName,
            @Nullable Long teamId, @Nullable Long contactId, @Nullable String contactName, @Nullable Long dealId,
            @Nullable String dealName, Recurrence recurrence) {
        this(id, type, subject, details, dueAt, durationMinutes, status, ownerId, ownerName, teamId, contactId,
                blankToNull(contactName), dealId, dealName, recurrence, false, false);
    }

    ActivityEntry decided(boolean editable, boolean overdue) {
        return new ActivityEntry(id, type, subject, details, dueAt, durationMinutes, status, ownerId, ownerName,
                teamId, contactId, contactName, dealId, dealName, recurrence, editable, overdue);
    }

    public boolean planned() {
        return status == ActivityStatus.PLANNED;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
