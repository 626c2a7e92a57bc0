package app.tandem.performance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A target to create (id null) or change: exactly one of user and team. */
public record TargetData(@Nullable Long id, long version, MetricRef metric, @Nullable Long userId,
        @Nullable Long teamId, Period period, @Nullable BigDecimal value) {
}
