package app.tandem.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A run in lists (My checklists, the runs grid), with the derived overdue and completed-late flags. */
public record RunListItem(long id, String template, String team, String assignee, RunStatus status,
        LocalDate opensOn, LocalDate dueOn, @Nullable Instant submittedAt, @Nullable Integer score,
        @Nullable Boolean criticalFailed, boolean overdue, boolean completedLate) {

    /** For the list query; the flags follow from {@link #withFlags}. */
    public RunListItem(long id, String template, String team, String assignee, RunStatus status, LocalDate opensOn,
            LocalDate dueOn, @Nullable Instant submittedAt, @Nullable Integer score, @Nullable Boolean criticalFailed) {
        this(id, template, team, assignee, status, opensOn, dueOn, submittedAt, score, criticalFailed, false, false);
    }

    public RunListItem withFlags(LocalDate today, ZoneId zone) {
        boolean late = submittedAt != null && submittedAt.atZone(zone).toLocalDate().isAfter(dueOn);
        return new RunListItem(id, template, team, assignee, status, opensOn, dueOn, submittedAt, score,
                criticalFailed, status.isFillable() && dueOn.isBefore(today), late);
    }
}
