package app.tandem.performance;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Targets for a team's members in one period: one value per member (members without a value are left out), or,
 * with {@code sameForAll}, that one value for every member. Existing targets are replaced.
 */
public record BulkTargets(long teamId, MetricRef metric, Period period, @Nullable BigDecimal sameForAll,
        Map<Long, BigDecimal> perMember) {
}
