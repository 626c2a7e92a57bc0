package app.tandem.compliance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A schedule in the schedules list, with names to show. */
public record ScheduleListItem(long id, String template, String team, String assignee, Recurrence recurrence,
        int windowDays, LocalDate startDate, @Nullable LocalDate endDate, boolean active) {
}
