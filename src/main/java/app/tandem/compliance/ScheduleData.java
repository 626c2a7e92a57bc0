package app.tandem.compliance;

import org.jspecify.annotations.Nullable;

/**
 * A schedule as edited: the template, the team and the assignee (a user) who fills the runs, when they occur,
 * and the completion window (a run is due that many days after it opens).
 */
public record ScheduleData(@Nullable Long id, long version, long templateId, long teamId, long assigneeId,
        RecurrenceRule rule, int windowDays, boolean active) {
}
