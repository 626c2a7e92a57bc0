package app.tandem.compliance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters of the runs grid; nulls filter nothing. The due period is inclusive. */
public record RunFilter(@Nullable RunStatus status, @Nullable Long templateId, @Nullable Long teamId,
        @Nullable Long assigneeId, @Nullable LocalDate dueFrom, @Nullable LocalDate dueTo, boolean overdueOnly) {

    public static RunFilter any() {
        return new RunFilter(null, null, null, null, null, null, false);
    }
}
