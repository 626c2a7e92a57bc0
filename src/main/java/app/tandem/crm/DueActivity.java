package app.tandem.crm;

import java.time.LocalDateTime;

/** A planned activity in "My activities". */
public record DueActivity(long id, ActivityType type, String subject, LocalDateTime dueAt, long accountId,
        String accountName, Recurrence recurrence, boolean overdue) {

    /** As the query reads it; whether it is overdue is decided by the service with the application clock. */
    public DueActivity(long id, ActivityType type, String subject, LocalDateTime dueAt, long accountId,
            String accountName, Recurrence recurrence) {
        this(id, type, subject, dueAt, accountId, accountName, recurrence, false);
    }
}
