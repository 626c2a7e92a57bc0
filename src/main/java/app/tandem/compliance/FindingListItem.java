package app.tandem.compliance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A finding in the findings list. */
public record FindingListItem(long id, long version, long runId, String template, String team, String title,
        Severity severity, String owner, LocalDate dueDate, FindingStatus status, boolean recurring,
        @Nullable Long correctiveActionId, @Nullable Long closedByRunId) {
}
