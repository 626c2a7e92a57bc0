package app.tandem.performance;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person's scorecard for a period: target attainment per metric, CRM figures (activities done, win rate) and
 * improvements submitted and completed, and the checklist runs due in the period with how many were submitted on
 * time.
 */
public record Scorecard(long userId, String name, Period period, List<Score> scores, CrmFigures crm,
        long improvementsSubmitted, long improvementsCompleted, long checklistsDue, long checklistsOnTime) {

    /** Share of the checklist runs due in the period that were submitted by their due date, 0-1; null without any. */
    public @Nullable Double checklistOnTimeRate() {
        return checklistsDue == 0 ? null : (double) checklistsOnTime / checklistsDue;
    }
}
