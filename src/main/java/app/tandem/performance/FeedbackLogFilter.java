package app.tandem.performance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the team feedback log is filtered by; null means "any". The period's days are both included. */
public record FeedbackLogFilter(@Nullable FeedbackType type, @Nullable Long personId, @Nullable Long teamId,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    public static FeedbackLogFilter any() {
        return new FeedbackLogFilter(null, null, null, null, null);
    }
}
