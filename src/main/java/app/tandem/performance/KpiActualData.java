package app.tandem.performance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A manual KPI's value for a person or team (exactly one) in a period, with a comment; id null when new. */
public record KpiActualData(@Nullable Long id, long version, long kpiId, @Nullable Long userId,
        @Nullable Long teamId, Period period, @Nullable BigDecimal value, String comment) {
}
