package app.tandem.compliance;

import java.time.LocalDate;

/** A run due for a user, as the reminder query reads it. */
public record DueRow(long id, String template, String team, String assignee, long assigneeId, LocalDate dueOn) {
}
