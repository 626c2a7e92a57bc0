package app.tandem.compliance;

import java.time.LocalDate;

/**
 * A run someone should be reminded of: due today (due within 24 hours, at the end of its due day) or overdue;
 * {@code assignee} says whether the user fills it in, otherwise they supervise its team.
 */
public record DueRun(long runId, String template, String team, String assigneeName, LocalDate dueOn, Kind kind,
        boolean assignee) {

    public enum Kind {
        DUE_SOON, OVERDUE
    }
}
