package app.tandem.improvement;

import java.time.LocalDate;

/** An open improvement item (a corrective action too) with its owner and due date, for overdue notifications. */
public record ItemDeadline(long id, String title, long ownerId, LocalDate dueDate) {
}
