package app.tandem.crm;

import java.time.LocalDateTime;

/** A planned activity in "My activities". */
public record DueActivity(long id, ActivityType type, String subject, LocalDateTime dueAt, long accountId,
        String accountName, Recurrence recurrence) {
}
