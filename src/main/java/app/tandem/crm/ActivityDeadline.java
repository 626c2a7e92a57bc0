package app.tandem.crm;

import java.time.LocalDateTime;

/** A planned activity and when it is due, for the due-soon and overdue notifications. */
public record ActivityDeadline(long id, String subject, long accountId, long ownerId, LocalDateTime dueAt) {
}
