package app.tandem.performance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A target as the targets list shows it; a person's team is their current team. */
public record TargetRow(long id, long version, MetricRef metric, @Nullable Long userId, String subjectName,
        @Nullable Long teamId, String teamName, Period period, BigDecimal value, TargetStatus status) {

    public boolean teamTarget() {
        return userId == null;
    }
}
