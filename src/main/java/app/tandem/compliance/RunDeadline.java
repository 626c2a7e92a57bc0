package app.tandem.compliance;

import java.time.LocalDate;

/** A run still to be filled in, with its assignee and due day, for due-soon and overdue notifications. */
public record RunDeadline(long id, String template, LocalDate occurrenceDate, long assigneeId, LocalDate dueOn) {
}
